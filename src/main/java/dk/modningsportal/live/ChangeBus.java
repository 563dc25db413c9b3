package dk.modningsportal.live;

import com.vaadin.flow.shared.Registration;
import dk.modningsportal.project.WorkspaceContentChanged;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells subscribers on this node about committed changes, and hands them to the relay for the other
 * nodes. A change carries only ids, never content: each screen re-reads through the services, which
 * check its own user's access, so an event cannot leak another organisation's data. Subscribers are told on
 * the bus's own two threads, never on the committing request's: a save does not pay for re-reading every
 * other open screen, and at most two screens re-read at once however many are open.
 */
@Component
public class ChangeBus {

    private static final Logger log = LoggerFactory.getLogger(ChangeBus.class);

    private record Subscriber(Predicate<Change> interest, Consumer<Change> listener) {
    }

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final PostgresChangeRelay relay;
    private final ThreadPoolExecutor deliveries = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), Thread.ofPlatform().daemon().name("live-delivery-", 0).factory());

    ChangeBus(PostgresChangeRelay relay) {
        this.relay = relay;
        relay.onRemoteChange(this::deliver);
    }

    @PreDestroy
    void stop() {
        deliveries.shutdown();
    }

    /** Whether every change handed to the bus has been delivered (for tests that commit and then look). */
    public boolean isIdle() {
        return deliveries.getQueue().isEmpty() && deliveries.getActiveCount() == 0;
    }

    /** Listens for the changes the interest accepts, until the registration is removed. */
    public Registration subscribe(Predicate<Change> interest, Consumer<Change> listener) {
        Subscriber subscriber = new Subscriber(interest, listener);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Only once the change is committed: others would otherwise re-read the old state. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(WorkspaceContentChanged event) {
        publish(Change.inWorkspace(event.projectId(), event.workspaceId()));
    }

    /**
     * A change published as an application event inside a transaction goes out after the commit; one
     * published outside any transaction goes out at once.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void committed(Change change) {
        publish(change);
    }

    /** Tells this node's subscribers (on the bus's threads) and the other nodes now. */
    public void publish(Change change) {
        deliver(change);
        relay.send(change);
    }

    void deliver(Change change) {
        try {
            deliveries.execute(() -> deliverNow(change));
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            log.debug("Not delivered while stopping: {}", change);
        }
    }

    private void deliverNow(Change change) {
        for (Subscriber subscriber : subscribers) {
            if (subscriber.interest().test(change)) {
                try {
                    subscriber.listener().accept(change);
                } catch (RuntimeException failed) {
                    log.warn("A live-update subscriber failed on {}", change, failed);
                }
            }
        }
    }

    int subscriberCount() {
        return subscribers.size();
    }
}
