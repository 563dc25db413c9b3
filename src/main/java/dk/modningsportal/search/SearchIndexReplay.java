package dk.modningsportal.search;

import dk.modningsportal.operations.ClusterJobs;
import dk.modningsportal.operations.DatabaseOutage;
import dk.modningsportal.comment.Comment;
import dk.modningsportal.intervention.InterventionVersion;
import dk.modningsportal.meeting.AgendaItem;
import dk.modningsportal.note.ExperienceNote;
import dk.modningsportal.note.NoteRestored;
import dk.modningsportal.trialaction.TrialAction;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this node's index in step with the database. On start, an index that is missing, or older than the
 * change log reaches back ({@link #KEPT}), is rebuilt from the database. Then, four times a second, the changes other
 * nodes wrote to {@code search_change} are replayed: each named entity is read again and indexed, or removed
 * when it is gone. Ids of rows not yet visible (a transaction still committing) are looked for again for a
 * minute, so a slow commit is not skipped.
 */
@Component
public class SearchIndexReplay {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexReplay.class);
    /** How long the change log keeps its rows; a node away longer rebuilds its index. */
    static final Duration KEPT = Duration.ofDays(2);
    private static final Duration GAP_PATIENCE = Duration.ofMinutes(1);
    private static final int BATCH = 500;

    private final EntityManager em;
    private final TransactionTemplate transactions;
    private final SearchIndexFeed feed;
    private final ClusterJobs jobs;
    private final DatabaseOutage outage;
    private final Path positionFile;
    private final boolean rebuildInBackground;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    /** Ids not seen yet below the position, with when they were first missed ({@link System#nanoTime()}). */
    private final Map<Long, Long> gaps = new HashMap<>();
    private long position;
    /**
     * The database the index was built from, beside the position: an index directory reused for another database,
     * or written with other analysis (word lists, mapping: {@link DanishAnalysis#FORMAT}), is rebuilt.
     */
    private final String database;

    SearchIndexReplay(EntityManager em, TransactionTemplate transactions, SearchIndexFeed feed, ClusterJobs jobs,
            DatabaseOutage outage,
            SearchConfiguration.SearchIndexDirectory directory,
            @Value("${portal.search.rebuild-in-background:true}") boolean rebuildInBackground,
            @Value("${spring.datasource.url}") String database) {
        this.database = database;
        this.em = em;
        this.transactions = transactions;
        this.feed = feed;
        this.jobs = jobs;
        this.outage = outage;
        this.positionFile = directory.root().resolve("position");
        this.rebuildInBackground = rebuildInBackground;
    }

    /** Whether the index holds everything (false while it is first built). */
    public boolean ready() {
        return ready.get();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Long kept = transactions.execute(s -> (Long) em.createNativeQuery(
                "select min(id) from search_change", Long.class).getSingleResult());
        Long saved = readPosition();
        if (saved != null && (kept == null || saved >= kept - 1)) {
            position = saved;
            ready.set(true);
            started.set(true);
            return;
        }
        if (rebuildInBackground) {
            Thread.ofPlatform().name("search-index-rebuild").daemon().start(() -> {
                try {
                    rebuild();
                } catch (RuntimeException e) {
                    if (stopping) {
                        log.info("Search index rebuild stopped: the portal is shutting down (it starts again at the next start)");
                    } else {
                        log.error("Rebuilding the search index failed; ./portal reindex tries again", e);
                    }
                }
            });
        } else {
            rebuild();
        }
    }

    /** A rebuild or replay cut short by shutting down is no failure. */
    @jakarta.annotation.PreDestroy
    void stop() {
        stopping = true;
        started.set(false);
    }

    private volatile boolean stopping;

    /** Rebuilds this node's index from the database ({@code ./portal reindex}); changes meanwhile are replayed. */
    public synchronized Duration rebuild() {
        ready.set(false);
        // A rebuild cut short (the node stopped) must not pass for a complete index at the next start.
        try {
            Files.deleteIfExists(positionFile);
        } catch (IOException e) {
            log.warn("The search index position {} cannot be removed", positionFile, e);
        }
        long from = transactions.execute(s -> ((Number) em.createNativeQuery(
                "select coalesce(max(id), 0) from search_change").getSingleResult()).longValue());
        long begun = System.nanoTime();
        try {
            Search.mapping(em.getEntityManagerFactory()).scope(Object.class).massIndexer()
                    .threadsToLoadObjects(2).batchSizeToLoadObjects(100).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuilding the search index was interrupted", e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - begun);
        synchronized (gaps) {
            position = Math.max(position, from);
            gaps.clear();
        }
        writePosition(from);
        ready.set(true);
        started.set(true);
        log.info("Search index rebuilt in {} s", took.toMillis() / 1000.0);
        return took;
    }

    @Scheduled(fixedDelay = 250)
    void replay() {
        if (!started.get()) {
            return;
        }
        try {
            replayNewChanges();
            if (failing) {
                failing = false;
                log.info("Search index replay works again");
            }
        } catch (RuntimeException e) {
            // Four times a second: one line when it starts failing; an outage is the database's, told once by DatabaseOutage.
            if (DatabaseOutage.isOutage(e)) {
                outage.noticed(e);
            } else if (!failing) {
                failing = true;
                log.warn("Search index replay failed, retrying: {}", e.getMessage());
            }
        }
    }

    private boolean failing;

    private void replayNewChanges() {
        synchronized (gaps) {
            List<Object[]> rows = transactions.execute(s -> rows());
            if (rows.isEmpty()) {
                expireGaps();
                return;
            }
            List<Object[]> others = new ArrayList<>();
            long last = position;
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                gaps.remove(id);
                for (long missing = last + 1; missing < id; missing++) {
                    gaps.put(missing, System.nanoTime());
                }
                last = Math.max(last, id);
                if (!feed.origin.equals(row[3])) {
                    others.add(row);
                }
            }
            if (!others.isEmpty()) {
                transactions.executeWithoutResult(s -> apply(others));
            }
            position = last;
            expireGaps();
            writePosition(gaps.keySet().stream().mapToLong(g -> g - 1).min().orElse(position));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows() {
        String gapClause = gaps.isEmpty() ? "" : " or id in (:gaps)";
        var query = em.createNativeQuery("select id, entity, entity_id, origin from search_change where id > :position"
                + gapClause + " order by id").setParameter("position", position).setMaxResults(BATCH);
        if (!gaps.isEmpty()) {
            query.setParameter("gaps", List.copyOf(gaps.keySet()));
        }
        return query.getResultList();
    }

    private void expireGaps() {
        long limit = System.nanoTime() - GAP_PATIENCE.toNanos();
        gaps.values().removeIf(noticed -> noticed - limit < 0);
    }

    private void apply(List<Object[]> rows) {
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        for (Object[] row : rows) {
            String entity = (String) row[1];
            long id = ((Number) row[2]).longValue();
            switch (entity) {
                case "TrialAction" -> reindex(plan, TrialAction.class, id);
                case "ExperienceNote" -> reindex(plan, ExperienceNote.class, id);
                case "Comment" -> reindex(plan, Comment.class, id);
                case "AgendaItem" -> reindex(plan, AgendaItem.class, id);
                case "InterventionVersion" -> reindex(plan, InterventionVersion.class, id);
                case "Meeting" -> {
                    var meeting = em.find(dk.modningsportal.meeting.Meeting.class, id);
                    if (meeting != null) {
                        meeting.getItems().forEach(plan::addOrUpdate);
                    }
                }
                default -> log.warn("Unknown entity {} in search_change", entity);
            }
        }
    }

    private <E> void reindex(SearchIndexingPlan plan, Class<E> type, long id) {
        E entity = em.find(type, id);
        if (entity == null) {
            plan.purge(type, id, null);
        } else {
            plan.addOrUpdate(entity);
        }
    }

    /** A restored note comes back by a plain update, which Hibernate Search does not see: every node re-reads it. */
    @EventListener
    void on(NoteRestored restored) {
        em.createNativeQuery("insert into search_change (entity, entity_id) values ('ExperienceNote', :id)")
                .setParameter("id", restored.noteId()).executeUpdate();
    }

    @Scheduled(cron = "0 30 3 * * *", zone = "Europe/Copenhagen")
    void trim() {
        jobs.runOnce("search-change-trim", Duration.ofMinutes(5), Duration.ofMinutes(30), () -> transactions
                .executeWithoutResult(s -> em.createNativeQuery("delete from search_change where changed_at < "
                        + "current_timestamp - interval '" + KEPT.toDays() + "' day").executeUpdate()));
    }

    private Long readPosition() {
        try {
            if (!Files.exists(positionFile)) {
                return null;
            }
            List<String> lines = Files.readAllLines(positionFile);
            return lines.size() == 3 && lines.get(1).equals(database) && lines.get(2).equals(DanishAnalysis.FORMAT)
                    ? Long.parseLong(lines.get(0).strip()) : null;
        } catch (IOException | NumberFormatException e) {
            log.warn("The search index position {} cannot be read: the index is rebuilt", positionFile);
            return null;
        }
    }

    private void writePosition(long value) {
        try {
            Files.writeString(positionFile, value + "\n" + database + "\n" + DanishAnalysis.FORMAT);
        } catch (IOException e) {
            log.warn("The search index position cannot be written to {}", positionFile, e);
        }
    }
}
