package dk.modningsportal.note;

import dk.modningsportal.intervention.InterventionCatalog.Vocabulary;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.base.SharedWithProject;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.project.WorkspaceRef;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of experience notes across a project's organisations: the workshop board, the
 * dashboard and the evaluators' export. Rows, not entities, grouped and paged in the database. No access
 * check here: the calling service has checked that the person follows the whole project.
 */
@Service
@Transactional(readOnly = true)
public class NoteQueries {

    /**
     * Which notes of a round (a version of a project's intervention, checked by the caller): of an organisation,
     * a kind, a source, and created after a moment (each optional).
     */
    public record RoundFilter(long versionId, Long organisationId, NoteKind kind, NoteSource source,
            Instant since) {
    }

    /** A note as a list across organisations shows it. */
    public record RoundNote(long id, String organisationName, NoteKind kind, String summary, String details,
            NoteSource source, Instant createdAt, Long coreElementId) {
    }

    /** How many notes of a round one organisation wrote about one core element (null: none). */
    public record ElementCount(Long coreElementId, long organisationId, long count) {
    }

    /**
     * A round is one version of the project's intervention, so the version alone selects it (the caller has
     * checked the version is the project's): the index on version, core element and time serves every query.
     */
    private static final String ROUND = "from ExperienceNote n where n.interventionVersionId = :versionId";

    private final NoteRepository notes;
    private final EntityManager em;
    private final InterventionCatalog catalog;
    private final OrganisationService organisations;

    NoteQueries(NoteRepository notes, EntityManager em, InterventionCatalog catalog, OrganisationService organisations) {
        this.organisations = organisations;
        this.notes = notes;
        this.em = em;
        this.catalog = catalog;
    }

    /** The round's notes per core element (key null: about no core element). */
    public Map<Long, Long> countByCoreElement(RoundFilter filter) {
        Map<Long, Long> counts = new HashMap<>();
        query("select n.coreElementId, count(n) " + ROUND, filter, " group by n.coreElementId", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** One page of the round's notes about a core element (null: about none), newest first. */
    public List<RoundNote> page(RoundFilter filter, Long coreElementId, int offset, int limit) {
        String element = coreElementId == null ? " and n.coreElementId is null" : " and n.coreElementId = :elementId";
        TypedQuery<Object[]> query = query(ROUND_NOTE + ROUND + element, filter, " order by n.createdAt desc, n.id desc",
                Object[].class);
        if (coreElementId != null) {
            query.setParameter("elementId", coreElementId);
        }
        return roundNotes(query.setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    private static final String ROUND_NOTE = "select n.id, n.workspace.organisationId, n.kind, n.summary, n.details, "
            + "n.source, n.createdAt, n.coreElementId ";

    /** The rows of {@link #ROUND_NOTE} with their organisations named as they are called now. */
    private List<RoundNote> roundNotes(List<Object[]> rows) {
        Map<Long, String> names = organisations.namesOf(rows.stream().map(r -> (Long) r[1]).toList());
        return rows.stream().map(r -> new RoundNote((Long) r[0], names.get((Long) r[1]), (NoteKind) r[2],
                (String) r[3], (String) r[4], (NoteSource) r[5], (Instant) r[6], (Long) r[7])).toList();
    }

    /** Every note of the round, newest first: for workshop packs and seed data, not for screens. */
    public List<RoundNote> all(RoundFilter filter) {
        return roundNotes(query(ROUND_NOTE + ROUND, filter, " order by n.createdAt desc, n.id desc", Object[].class)
                .getResultList());
    }

    /** The round's notes counted per core element and organisation. */
    public List<ElementCount> countsByElementAndOrganisation(long versionId) {
        return em.createQuery("select new dk.modningsportal.note.NoteQueries$ElementCount(n.coreElementId, "
                        + "n.workspace.organisationId, count(n)) " + ROUND
                        + " group by n.coreElementId, n.workspace.organisationId", ElementCount.class)
                .setParameter("versionId", versionId).getResultList();
    }

    /**
     * Per workspace of the project: notes of the version created after {@code since}. Counted from the index on
     * project, version, time, deletion and workspace alone ({@code count(*)}, not of the id): no note row is read.
     */
    public Map<Long, Long> createdSince(long projectId, long versionId, Instant since) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select n.workspace.id, count(*) from ExperienceNote n "
                        + "where n.workspace.projectId = :projectId and n.interventionVersionId = :versionId "
                        + "and n.createdAt > :since group by n.workspace.id", Object[].class)
                .setParameter("projectId", projectId).setParameter("versionId", versionId)
                .setParameter("since", since).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Notes of one kind on one core element (null: none) in a workspace. */
    public record KindCount(long workspaceId, Long coreElementId, NoteKind kind, long count) {
    }

    /**
     * A workspace's (or every workspace of a project's) notes written in the period, counted by core element and
     * kind: the self-evaluation's view of a quarter's own work.
     */
    public List<KindCount> kindsWritten(Long workspaceId, Long projectId, Instant from, Instant until) {
        return em.createQuery("select new dk.modningsportal.note.NoteQueries$KindCount(n.workspace.id, n.coreElementId, "
                        + "n.kind, count(n)) from ExperienceNote n "
                        + "where (n.workspace.id = :workspaceId or n.workspace.projectId = :projectId) "
                        + "and n.createdAt >= :from and n.createdAt < :until group by n.workspace.id, n.coreElementId, n.kind",
                        KindCount.class)
                .setParameter("workspaceId", workspaceId == null ? -1L : workspaceId)
                .setParameter("projectId", projectId == null ? -1L : projectId)
                .setParameter("from", from).setParameter("until", until).getResultList();
    }

    /** A note shared with its project, as a list across organisations shows it. */
    public record SharedNoteRow(long id, long workspaceId, long organisationId, String organisationName, NoteKind kind,
            String summary, String coreElementName, String versionLabel, Instant sharedAt, long sharedById) {
    }

    private static final String SHARED = "from ExperienceNote n "
            + "where n.workspace.projectId = :projectId and n.sharing.sharedAt is not null";

    /**
     * The project's shared notes, the most recently shared first, at most {@code limit}: for the page of what the
     * organisations have shared (the caller checked the person takes part in the project).
     */
    public List<SharedNoteRow> shared(SharedWithProject.Filter filter, int limit) {
        Vocabulary vocabulary = catalog.vocabulary(filter.projectId());
        List<Object[]> rows = sharedQuery("select n.id, n.workspace.id, n.workspace.organisationId, "
                        + "n.kind, n.summary, n.coreElementId, n.interventionVersionId, n.sharing.sharedAt, "
                        + "n.sharing.sharedById " + SHARED, filter, " order by n.sharing.sharedAt desc, n.id desc",
                Object[].class)
                .setMaxResults(limit).getResultList();
        Map<Long, String> names = organisations.namesOf(rows.stream().map(r -> (Long) r[2]).toList());
        return rows.stream()
                .map(r -> new SharedNoteRow((Long) r[0], (Long) r[1], (Long) r[2], names.get((Long) r[2]), (NoteKind) r[3],
                        (String) r[4], vocabulary.elementName((Long) r[5]), vocabulary.versionLabel((Long) r[6]),
                        (Instant) r[7], (Long) r[8]))
                .toList();
    }

    public long countShared(SharedWithProject.Filter filter) {
        return sharedQuery("select count(n) " + SHARED, filter, "", Long.class).getSingleResult();
    }

    /** The ids of the notes shared now in these projects: whose comment threads their people may search. */
    public List<Long> sharedIds(Collection<Long> projectIds) {
        return projectIds.isEmpty() ? List.of() : em.createQuery("select n.id from ExperienceNote n "
                + "where n.workspace.projectId in :projectIds and n.sharing.sharedAt is not null", Long.class)
                .setParameter("projectIds", projectIds).getResultList();
    }

    private <T> TypedQuery<T> sharedQuery(String select, SharedWithProject.Filter filter, String tail, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select);
        if (filter.coreElementId() != null) {
            jpql.append(" and n.coreElementId = :coreElementId");
        }
        if (filter.versionId() != null) {
            jpql.append(" and n.interventionVersionId = :versionId");
        }
        if (filter.organisationId() != null) {
            jpql.append(" and n.workspace.organisationId = :organisationId");
        }
        return filter.bind(em.createQuery(jpql + tail, type));
    }

    /** What a comment thread needs of the note it hangs on: whose it is and who wrote it. */
    public record NoteHeader(long id, WorkspaceRef workspace, String summary, long createdById, boolean shared) {
    }

    /** A note another module reads about (its comment thread checks the person may read its workspace). */
    public java.util.Optional<NoteHeader> header(long noteId) {
        return notes.findById(noteId).map(n -> new NoteHeader(n.getId(), n.getWorkspace(), n.getSummary(),
                n.getCreatedById(), n.getSharing().isShared()));
    }

    /** What another module keeps of a note it refers to by id (a workshop's item): whose it is, what it says. */
    public record NoteFacts(long id, long workspaceId, long organisationId, String organisationName, String summary,
            NoteKind kind, boolean shared) {
    }

    /** A note of the project that another module links to by id (a workshop takes it); refused if of another project. */
    public long requireOfProject(long noteId, long projectId) {
        return notes.findById(noteId).filter(n -> n.getWorkspace().projectId() == projectId)
                .map(ExperienceNote::getId)
                .orElseThrow(() -> new ValidationFailedException(Map.of("item", "validation.unknownChoice")));
    }

    /** The facts of the notes with these ids, in one query. */
    public List<NoteFacts> facts(Collection<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select n.id, n.workspace.id, n.workspace.organisationId, n.summary, "
                + "n.kind, case when n.sharing.sharedAt is not null then true else false end "
                + "from ExperienceNote n where n.id in :ids", Object[].class)
                .setParameter("ids", noteIds).getResultList();
        Map<Long, String> names = organisations.namesOf(rows.stream().map(r -> (Long) r[2]).toList());
        return rows.stream().map(r -> new NoteFacts((Long) r[0], (Long) r[1], (Long) r[2], names.get((Long) r[2]),
                (String) r[3], (NoteKind) r[4], (Boolean) r[5])).toList();
    }

    /**
     * Every note of the project for the evaluators' export, streamed: id, organisation, kind, source, core
     * element, version, summary, details, trial action id, created.
     */
    public void exportRows(long projectId, Consumer<List<Object>> sink) {
        rows("n.workspace.projectId = :p", projectId, sink);
    }

    /** The same rows for one workspace: its team's own export. */
    public void workspaceRows(long workspaceId, Consumer<List<Object>> sink) {
        rows("n.workspace.id = :p", workspaceId, sink);
    }

    private void rows(String which, long id, Consumer<List<Object>> sink) {
        Map<Long, Vocabulary> vocabularies = new HashMap<>();
        UnaryOperator<Object> named = organisations.namer();
        try (Stream<Object[]> rows = em.createQuery("select n.id, n.workspace.organisationId, n.kind, n.source, "
                        + "n.coreElementId, n.interventionVersionId, n.summary, n.details, n.trialActionId, n.createdAt, "
                        + "n.workspace.projectId from ExperienceNote n where " + which + " order by n.id", Object[].class)
                .setParameter("p", id).setHint("org.hibernate.fetchSize", 1000).getResultStream()) {
            rows.forEach(r -> {
                Vocabulary vocabulary = vocabularies.computeIfAbsent((Long) r[10], p -> catalog.vocabulary(p));
                r[1] = named.apply(r[1]);
                r[4] = vocabulary.elementName((Long) r[4]);
                r[5] = vocabulary.versionLabel((Long) r[5]);
                sink.accept(new ArrayList<>(Arrays.asList(r).subList(0, 10)));
            });
        }
    }

    private <T> TypedQuery<T> query(String select, RoundFilter filter, String tail, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("versionId", filter.versionId());
        if (filter.organisationId() != null) {
            jpql.append(" and n.workspace.organisationId = :organisationId");
            parameters.put("organisationId", filter.organisationId());
        }
        if (filter.kind() != null) {
            jpql.append(" and n.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.source() != null) {
            jpql.append(" and n.source = :source");
            parameters.put("source", filter.source());
        }
        if (filter.since() != null) {
            jpql.append(" and n.createdAt > :since");
            parameters.put("since", filter.since());
        }
        TypedQuery<T> query = em.createQuery(jpql + tail, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
