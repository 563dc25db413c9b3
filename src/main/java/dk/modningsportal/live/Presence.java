package dk.modningsportal.live;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Who has a place (a workspace, a workshop board) open right now, on any node. Each open view is one
 * visit, a row in {@code presence_visit} that its node keeps fresh; a person with two tabs open counts
 * once. Visits of a node that died without saying goodbye fade out once they are no longer refreshed.
 * Entering and leaving go out on the change bus, which carries them to the other nodes. A node reads who is at a
 * place once per change and hands that to every screen of it showing the place, rather than a read per screen.
 */
@Component
public class Presence {

    public record Visitor(long userId, String name) {
    }

    static final Duration HEARTBEAT = Duration.ofSeconds(20);
    static final Duration FADES_AFTER = Duration.ofSeconds(90);

    private final JdbcTemplate jdbc;
    private final ChangeBus bus;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    private final Counter reads;

    /** The screens of this node that show a place, and the one subscription that tells them all. */
    private final Map<String, Watchers> watched = new HashMap<>();

    private static final class Watchers {
        final List<Consumer<List<Visitor>>> listeners = new CopyOnWriteArrayList<>();
        Registration subscription;
    }

    Presence(JdbcTemplate jdbc, ChangeBus bus, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.bus = bus;
        this.clock = clock;
        this.reads = Counter.builder("portal.presence.reads")
                .description("Reads of who is at a place: one per change of it, however many screens show it")
                .register(meters);
    }

    /** Enters the place; the listener hears who is there now, at once and at every change, until it leaves. */
    public Registration enter(String place, Visitor visitor, Consumer<List<Visitor>> listener) {
        String visit = UUID.randomUUID().toString();
        jdbc.update("insert into presence_visit (visit_id, node_id, place, user_id, display_name, seen_at) "
                + "values (?, ?, ?, ?, ?, ?)", visit, node, place, visitor.userId(), visitor.name(), now());
        watch(place, listener);
        bus.publish(Change.presence(place));
        return () -> {
            unwatch(place, listener);
            jdbc.update("delete from presence_visit where visit_id = ?", visit);
            bus.publish(Change.presence(place));
        };
    }

    private synchronized void watch(String place, Consumer<List<Visitor>> listener) {
        Watchers watchers = watched.computeIfAbsent(place, p -> new Watchers());
        if (watchers.subscription == null) {
            watchers.subscription = bus.subscribe(change -> change.isPresenceAt(place), change -> tell(place));
        }
        watchers.listeners.add(listener);
    }

    private synchronized void unwatch(String place, Consumer<List<Visitor>> listener) {
        Watchers watchers = watched.get(place);
        if (watchers != null && watchers.listeners.remove(listener) && watchers.listeners.isEmpty()) {
            watchers.subscription.remove();
            watched.remove(place);
        }
    }

    /** One read for every screen of this node at the place. */
    private void tell(String place) {
        Watchers watchers;
        synchronized (this) {
            watchers = watched.get(place);
        }
        if (watchers == null || watchers.listeners.isEmpty()) {
            return;
        }
        List<Visitor> there = at(place);
        watchers.listeners.forEach(listener -> listener.accept(there));
    }

    public List<Visitor> at(String place) {
        reads.increment();
        return jdbc.query("select distinct user_id, display_name from presence_visit where place = ? and seen_at > ? "
                        + "order by display_name",
                (rs, i) -> new Visitor(rs.getLong(1), rs.getString(2)), place,
                Timestamp.from(clock.instant().minus(FADES_AFTER)));
    }

    /** Keeps this node's visits fresh, and clears those that faded (their node is gone) so others see them leave. */
    @Scheduled(fixedDelayString = "PT20S")
    void heartbeat() {
        jdbc.update("update presence_visit set seen_at = ? where node_id = ?", now(), node);
        Timestamp faded = Timestamp.from(clock.instant().minus(FADES_AFTER));
        List<String> places = jdbc.queryForList("select distinct place from presence_visit where seen_at <= ?",
                String.class, faded);
        if (!places.isEmpty()) {
            jdbc.update("delete from presence_visit where seen_at <= ?", faded);
            places.forEach(place -> bus.publish(Change.presence(place)));
        }
    }

    @PreDestroy
    void leaveAll() {
        try {
            jdbc.update("delete from presence_visit where node_id = ?", node);
        } catch (RuntimeException databaseAlreadyGone) {
            // The visits fade out by themselves.
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
