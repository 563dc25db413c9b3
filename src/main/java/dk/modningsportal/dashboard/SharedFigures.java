package dk.modningsportal.dashboard;

import dk.modningsportal.base.Audited;
import dk.modningsportal.live.Change;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.project.WorkspaceContentChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A project's dashboard figures, computed once per change and handed to every viewer who reads the same part of the
 * project (all its organisations, or one organisation's own): when many consultants and leaders have it open, a
 * save makes one re-read, not one per open screen. Any change in the project (its content, boards, version,
 * self-evaluations, set-up) makes the next read compute again; so do a day's turn and time (figures count days
 * since and overdue), within {@link #MAX_AGE}. Who may read which part is checked before, by the service.
 */
@Component
class SharedFigures {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    /** Whose figures: a project's for all its organisations ({@code workspaceId} null) or for one organisation. */
    record Key(long projectId, Long workspaceId) {
    }

    private record Entry(long generation, Instant computedAt, Dashboard figures) {
    }

    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Key, Object> computing = new ConcurrentHashMap<>();
    private final Clock clock;

    @Autowired
    SharedFigures(ChangeBus bus, Clock clock) {
        this(clock);
        // Changes committed on other nodes reach this one through the bus.
        bus.subscribe(change -> change.projectId() != 0, change -> changed(change.projectId()));
    }

    SharedFigures(Clock clock) {
        this.clock = clock;
    }

    /**
     * The figures, computed by {@code compute} only when none are current; one viewer computes, the others wait.
     * Read inside a writing transaction (which may see its own uncommitted work) they are computed and not kept.
     */
    Dashboard get(Key key, Supplier<Dashboard> compute) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get();
        }
        Entry entry = current(key);
        if (entry != null) {
            return entry.figures();
        }
        synchronized (computing.computeIfAbsent(key, k -> new Object())) {
            entry = current(key);
            if (entry == null) {
                long generation = generation(key.projectId()).get();
                entry = new Entry(generation, clock.instant(), compute.get());
                entries.put(key, entry);
            }
            return entry.figures();
        }
    }

    /** Counted in the writer's transaction (for the writer's own next read) and again once it commits. */
    @EventListener
    void during(WorkspaceContentChanged change) {
        changed(change.projectId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(WorkspaceContentChanged change) {
        changed(change.projectId());
    }

    @EventListener
    void during(Change change) {
        changed(change.projectId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(Change change) {
        changed(change.projectId());
    }

    /** A project's set-up changed (an organisation added or withdrawn, its phases, its consultants). */
    @EventListener
    void during(Audited act) {
        if (Audited.PROJECT.equals(act.targetType()) && act.targetId() != null) {
            changed(act.targetId());
        }
    }

    void changed(long projectId) {
        if (projectId != 0) {
            generation(projectId).incrementAndGet();
        }
    }

    private Entry current(Key key) {
        Entry entry = entries.get(key);
        boolean fresh = entry != null && entry.generation() == generation(key.projectId()).get()
                && entry.computedAt().plus(MAX_AGE).isAfter(clock.instant());
        return fresh ? entry : null;
    }

    private AtomicLong generation(long projectId) {
        return generations.computeIfAbsent(projectId, id -> new AtomicLong());
    }
}
