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
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    @EventListener
    void committed(WorkspaceContentChanged event) {
        afterCommit(Change.inWorkspace(event.projectId(), event.workspaceId()));
    }

    /**
     * A change published as an application event inside a transaction goes out after the commit; one
     * published outside any transaction goes out at once.
     */
    @EventListener
    void committed(Change change) {
        afterCommit(change);
    }

    /**
     * By a transaction synchronisation, not a {@code @TransactionalEventListener}: Spring Modulith's event publication
     * registry records every transactional listener's event in the writer's transaction and marks it done in a new
     * transaction on the writer's thread after the commit, which needs a second connection while the first is still
     * held. A screen's re-read needs none of that (a change missed in a stop is re-read at the next open), and eight
     * people saving at once in {@code SaveBenchmark} emptied the connection pool that way.
     */
    private void afterCommit(Change change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publish(change);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publish(change);
            }
        });
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
