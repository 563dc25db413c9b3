package dk.modningsportal.trialaction;

import java.util.stream.Collectors;
import dk.modningsportal.intervention.InterventionCatalog.Vocabulary;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.base.SharedWithProject;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.project.WorkspaceRef;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
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
 * What other modules read of trial actions across a project's organisations: the workshop board (the
 * evaluated ones' learning), the dashboard and the evaluators' export. Rows, not entities, grouped and paged
 * in the database. No access check here: the calling service has checked that the person follows the project.
 */
@Service
@Transactional(readOnly = true)
public class TrialActionQueries {

    /**
     * Which evaluated trial actions of a round (a version of a project's intervention, checked by the caller):
     * of an organisation, and changed after a moment (each optional).
     */
    public record RoundFilter(long versionId, Long organisationId, Instant since) {
    }

    /** An evaluated trial action as a list across organisations shows it, with all its core elements. */
    public record EvaluatedAction(long id, String organisationName, String title, String learning, Instant updatedAt,
            List<Long> coreElementIds) {
    }

    /** How many evaluated trial actions of a round one organisation has on one core element. */
    public record ElementCount(Long coreElementId, long organisationId, long count) {
    }

    /** A trial action's place in time and its outcome, once per core element it concerns (null: none). */
    public record WorkRow(long workspaceId, Long coreElementId, LocalDate startDate, LocalDate endDate,
            TrialActionStatus status, TrialDecision decision) {

        /** Started in the period [from, until). */
        public boolean startedIn(LocalDate from, LocalDate until) {
            return startDate != null && !startDate.isBefore(from) && startDate.isBefore(until);
        }

        /** Completed (or evaluated since) with its end in the period. */
        public boolean completedIn(LocalDate from, LocalDate until) {
            return (status == TrialActionStatus.COMPLETED || status == TrialActionStatus.EVALUATED) && endDate != null
                    && !endDate.isBefore(from) && endDate.isBefore(until);
        }

        public boolean evaluatedIn(LocalDate from, LocalDate until) {
            return status == TrialActionStatus.EVALUATED && endDate != null && !endDate.isBefore(from)
                    && endDate.isBefore(until);
        }
    }

    /** Per workspace: how many trial actions have a status, and how many of them ended before today. */
    public record StatusCount(long workspaceId, TrialActionStatus status, long count, long endedBeforeToday) {
    }

    /**
     * A round is one version of the project's intervention, so the version alone selects it (the caller has
     * checked the version is the project's), served by the index on version, status and time.
     */
    private static final String ROUND = " from TrialAction t where t.interventionVersionId = :versionId "
            + "and t.status = :evaluated";

    private final TrialActionRepository actions;
    private final EntityManager em;
    private final InterventionCatalog catalog;
    private final OrganisationService organisations;

    TrialActionQueries(TrialActionRepository actions, EntityManager em, InterventionCatalog catalog,
            OrganisationService organisations) {
        this.organisations = organisations;
        this.actions = actions;
        this.em = em;
        this.catalog = catalog;
    }

    /** A trial action shared with its project, as a list across organisations shows it. */
    public record SharedTrialActionRow(long id, long workspaceId, long organisationId, String organisationName,
            String title, TrialActionStatus status, String versionLabel, Instant sharedAt, long sharedById,
            List<String> coreElementNames) {
    }

    private static final String SHARED = " from TrialAction t where t.workspace.projectId = :projectId "
            + "and t.sharing.sharedAt is not null";

    /**
     * The project's shared trial actions, the most recently shared first, at most {@code limit}, each with its core
     * elements: for the page of what the organisations have shared (the caller checked the person takes part).
     */
    public List<SharedTrialActionRow> shared(SharedWithProject.Filter filter, int limit) {
        List<Object[]> rows = sharedQuery("select t.id, t.workspace.id, t.workspace.organisationId, "
                        + "t.title, t.status, t.interventionVersionId, "
                        + "t.sharing.sharedAt, t.sharing.sharedById" + SHARED, filter,
                " order by t.sharing.sharedAt desc, t.id desc", Object[].class).setMaxResults(limit).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Vocabulary vocabulary = catalog.vocabulary(filter.projectId());
        Map<Long, List<Long>> elements = elementsOf(rows.stream().map(r -> (Long) r[0]).toList());
        Map<Long, String> names = organisations.namesOf(rows.stream().map(r -> (Long) r[2]).toList());
        return rows.stream().map(r -> new SharedTrialActionRow((Long) r[0], (Long) r[1], (Long) r[2], names.get((Long) r[2]),
                (String) r[3], (TrialActionStatus) r[4], vocabulary.versionLabel((Long) r[5]), (Instant) r[6],
                (Long) r[7], vocabulary.inOrder(elements.getOrDefault((Long) r[0], List.of())).stream()
                        .map(CoreElementRef::name).toList())).toList();
    }

    public long countShared(SharedWithProject.Filter filter) {
        return sharedQuery("select count(t)" + SHARED, filter, "", Long.class).getSingleResult();
    }

    /** The ids of the trial actions shared now in these projects: whose comment threads their people may search. */
    public List<Long> sharedIds(Collection<Long> projectIds) {
        return projectIds.isEmpty() ? List.of() : em.createQuery("select t.id from TrialAction t "
                + "where t.workspace.projectId in :projectIds and t.sharing.sharedAt is not null", Long.class)
                .setParameter("projectIds", projectIds).getResultList();
    }

    private <T> TypedQuery<T> sharedQuery(String select, SharedWithProject.Filter filter, String tail, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select);
        if (filter.coreElementId() != null) {
            jpql.append(" and exists (select 1 from TrialAction t2 join t2.coreElementIds c2 where t2 = t "
                    + "and c2 = :coreElementId)");
        }
        if (filter.versionId() != null) {
            jpql.append(" and t.interventionVersionId = :versionId");
        }
        if (filter.organisationId() != null) {
            jpql.append(" and t.workspace.organisationId = :organisationId");
        }
        return filter.bind(em.createQuery(jpql + tail, type));
    }

    /** The round's evaluated trial actions per core element (key null: with none); one counts once per element. */
    public Map<Long, Long> countByCoreElement(RoundFilter filter) {
        Map<Long, Long> counts = new HashMap<>();
        query("select c, count(t)", " left join t.coreElementIds c", filter, " group by c", Object[].class)
                .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** One page of the round's evaluated trial actions on a core element (null: on none), latest change first. */
    public List<EvaluatedAction> page(RoundFilter filter, Long coreElementId, int offset, int limit) {
        TypedQuery<Object[]> query = coreElementId == null
                ? query("select t.id, t.workspace.organisationId, t.title, t.learning, t.changedAt", "", filter,
                        " and t.coreElementIds is empty order by t.changedAt desc, t.id desc", Object[].class)
                : query("select t.id, t.workspace.organisationId, t.title, t.learning, t.changedAt", " join t.coreElementIds c", filter,
                        " and c = :elementId order by t.changedAt desc, t.id desc", Object[].class)
                        .setParameter("elementId", coreElementId);
        return withElements(query.setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    /** Every evaluated trial action of the round, latest change first: for workshop packs and seed data. */
    public List<EvaluatedAction> all(RoundFilter filter) {
        return withElements(query("select t.id, t.workspace.organisationId, t.title, t.learning, t.changedAt", "", filter,
                " order by t.changedAt desc, t.id desc", Object[].class).getResultList());
    }

    /** The round's evaluated trial actions counted per core element and organisation. */
    public List<ElementCount> countsByElementAndOrganisation(long versionId) {
        return em.createQuery("select new dk.modningsportal.trialaction.TrialActionQueries$ElementCount(c, "
                        + "t.workspace.organisationId, count(t))" + ROUND.replace(" where", " join t.coreElementIds c where")
                        + " group by c, t.workspace.organisationId", ElementCount.class)
                .setParameter("versionId", versionId)
                .setParameter("evaluated", TrialActionStatus.EVALUATED).getResultList();
    }

    /** Per workspace of the project and status: how many, and how many ended before today. */
    public List<StatusCount> statusCounts(long projectId, LocalDate today) {
        return em.createQuery("select new dk.modningsportal.trialaction.TrialActionQueries$StatusCount(t.workspace.id, "
                        + "t.status, count(*), sum(case when t.endDate < :today then 1 else 0 end)) from TrialAction t "
                        + "where t.workspace.projectId = :projectId group by t.workspace.id, t.status", StatusCount.class)
                .setParameter("projectId", projectId).setParameter("today", today).getResultList();
    }

    /**
     * The trial actions of a workspace (or every workspace of a project) that start or end in the period, for the
     * self-evaluation's view of a quarter's own work and the evaluators' export.
     */
    public List<WorkRow> work(Long workspaceId, Long projectId, LocalDate from, LocalDate until) {
        return em.createQuery("select new dk.modningsportal.trialaction.TrialActionQueries$WorkRow(t.workspace.id, c, "
                        + "t.startDate, t.endDate, t.status, t.decision) from TrialAction t left join t.coreElementIds c "
                        + "where (t.workspace.id = :workspaceId or t.workspace.projectId = :projectId) "
                        + "and ((t.startDate >= :from and t.startDate < :until) or (t.endDate >= :from and t.endDate < :until))",
                        WorkRow.class)
                .setParameter("workspaceId", workspaceId == null ? -1L : workspaceId)
                .setParameter("projectId", projectId == null ? -1L : projectId)
                .setParameter("from", from).setParameter("until", until).getResultList();
    }

    /** What a comment thread needs of the trial action it hangs on: whose it is, who wrote and answers for it. */
    public record TrialActionHeader(long id, WorkspaceRef workspace, String title, long createdById, long responsibleId,
            boolean shared) {
    }

    /** A trial action another module reads about (its comment thread checks the person may read its workspace). */
    public java.util.Optional<TrialActionHeader> header(long trialActionId) {
        return actions.findById(trialActionId).map(t -> new TrialActionHeader(t.getId(), t.getWorkspace(), t.getTitle(),
                t.getCreatedById(), t.getResponsibleId(), t.getSharing().isShared()));
    }

    /** What another module keeps of a trial action it refers to by id (a workshop's item): whose it is, its title. */
    public record TrialActionFacts(long id, long workspaceId, long organisationId, String organisationName, String title,
            boolean shared) {
    }

    /** A trial action of the project another module links to by id (a workshop takes it); refused if of another project. */
    public long requireOfProject(long trialActionId, long projectId) {
        return actions.findById(trialActionId).filter(t -> t.getWorkspace().projectId() == projectId)
                .map(TrialAction::getId)
                .orElseThrow(() -> new ValidationFailedException(Map.of("item", "validation.unknownChoice")));
    }

    /** The facts of the trial actions with these ids, in one query. */
    public List<TrialActionFacts> facts(java.util.Collection<Long> trialActionIds) {
        if (trialActionIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select t.id, t.workspace.id, t.workspace.organisationId, t.title, "
                + "case when t.sharing.sharedAt is not null then true else false end "
                + "from TrialAction t where t.id in :ids", Object[].class)
                .setParameter("ids", trialActionIds).getResultList();
        Map<Long, String> names = organisations.namesOf(rows.stream().map(r -> (Long) r[2]).toList());
        return rows.stream().map(r -> new TrialActionFacts((Long) r[0], (Long) r[1], (Long) r[2], names.get((Long) r[2]),
                (String) r[3], (Boolean) r[4])).toList();
    }

    /**
     * Every trial action of the project for the evaluators' export, streamed: id, organisation, title, goal,
     * activity, status, start, end, version, core elements, outcome, learning, decision, next step, the five
     * adaptation fields, created, changed.
     */
    public void exportRows(long projectId, Consumer<List<Object>> sink) {
        rows("t.workspace.projectId = :p", projectId, sink);
    }

    /** The same rows for one workspace: its team's own export. */
    public void workspaceRows(long workspaceId, Consumer<List<Object>> sink) {
        rows("t.workspace.id = :p", workspaceId, sink);
    }

    private void rows(String which, long id, Consumer<List<Object>> sink) {
        Map<Long, List<Long>> elements = new HashMap<>();
        em.createQuery("select t.id, c from TrialAction t join t.coreElementIds c where " + which,
                Object[].class).setParameter("p", id).getResultStream()
                .forEach(r -> elements.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Long) r[1]));
        Map<Long, Vocabulary> vocabularies = new HashMap<>();
        UnaryOperator<Object> named = organisations.namer();
        try (Stream<Object[]> rows = em.createQuery("select t.id, t.workspace.organisationId, t.title, t.goal, t.plannedActivity, "
                        + "t.status, t.startDate, t.endDate, t.interventionVersionId, t.outcome, t.learning, t.decision, "
                        + "t.nextStep, t.adaptation.planning, t.adaptation.decidedBy, t.adaptation.whatChanged, "
                        + "t.adaptation.fidelity, t.adaptation.reason, t.createdAt, t.changedAt, t.workspace.projectId "
                        + "from TrialAction t where " + which + " order by t.id", Object[].class)
                .setParameter("p", id).setHint("org.hibernate.fetchSize", 500).getResultStream()) {
            rows.forEach(r -> {
                Vocabulary vocabulary = vocabularies.computeIfAbsent((Long) r[20], catalog::vocabulary);
                r[1] = named.apply(r[1]);
                r[8] = vocabulary.versionLabel((Long) r[8]);
                // Arrays.asList, not List.of: most cells of a trial action may be empty (null).
                List<Object> row = new ArrayList<>(Arrays.asList(r).subList(0, 9));
                row.add(vocabulary.inOrder(elements.getOrDefault((Long) r[0], List.of())).stream()
                        .map(CoreElementRef::name).collect(Collectors.joining("; ")));
                row.addAll(Arrays.asList(r).subList(9, 20));
                sink.accept(row);
            });
        }
    }

    /** The rows with each trial action's core elements, read in one query for the page. */
    private List<EvaluatedAction> withElements(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> elements = elementsOf(rows.stream().map(r -> (Long) r[0]).toList());
        Map<Long, String> names = organisations.namesOf(rows.stream().map(r -> (Long) r[1]).toList());
        return rows.stream().map(r -> new EvaluatedAction((Long) r[0], names.get((Long) r[1]), (String) r[2], (String) r[3],
                (Instant) r[4], elements.getOrDefault((Long) r[0], List.of()))).toList();
    }

    /** The core elements of these trial actions, by id, in one query. */
    private Map<Long, List<Long>> elementsOf(List<Long> trialActionIds) {
        Map<Long, List<Long>> elements = new HashMap<>();
        em.createQuery("select t.id, c from TrialAction t join t.coreElementIds c where t.id in :ids order by c",
                        Object[].class)
                .setParameter("ids", trialActionIds).getResultList()
                .forEach(r -> elements.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Long) r[1]));
        return elements;
    }

    private <T> TypedQuery<T> query(String select, String join, RoundFilter filter, String tail, Class<T> type) {
        String where = ROUND.replace(" where", join + " where")
                + (filter.organisationId() == null ? "" : " and t.workspace.organisationId = :organisationId")
                + (filter.since() == null ? "" : " and t.changedAt > :since");
        TypedQuery<T> query = em.createQuery(select + where + tail, type)
                .setParameter("versionId", filter.versionId())
                .setParameter("evaluated", TrialActionStatus.EVALUATED);
        if (filter.organisationId() != null) {
            query.setParameter("organisationId", filter.organisationId());
        }
        if (filter.since() != null) {
            query.setParameter("since", filter.since());
        }
        return query;
    }
}
