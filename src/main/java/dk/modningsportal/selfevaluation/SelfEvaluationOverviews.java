package dk.modningsportal.selfevaluation;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.evaluation.TimeAndCostService;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.project.ProjectFacts;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.ProjectScope;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.selfevaluation.SelfEvaluationService.State;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Self-evaluations across a project's organisations: the consultants' overview and the dashboard's figures. */
@Service
@Transactional(readOnly = true)
public class SelfEvaluationOverviews {

    private static final Logger log = LoggerFactory.getLogger(SelfEvaluationOverviews.class);

    /** One organisation in the consultants' overview of a quarter. */
    public record OverviewRow(long workspaceId, String organisation, State state, Instant submittedAt,
            Map<Long, ImplementationStatus> statusByElement) {
    }

    public record Overview(Quarter quarter, LocalDate due, List<CoreElementRef> elements, List<OverviewRow> rows) {
    }

    /** For the dashboard: the newest submitted quarter and whether a due form is missing. */
    public record Latest(Quarter quarter, boolean late) {
    }

    private final SelfEvaluationRepository evaluations;
    private final ProjectQueries projects;
    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private final SelfEvaluationCalendar calendar;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final TimeAndCostService time;
    private final QuarterWork quarterWork;

    SelfEvaluationOverviews(SelfEvaluationRepository evaluations, ProjectQueries projects,
            WorkspaceAccess workspaceAccess, InterventionCatalog catalog, SelfEvaluationCalendar calendar,
            CurrentUser currentUser, EntityManager em, TimeAndCostService time, QuarterWork quarterWork) {
        this.time = time;
        this.quarterWork = quarterWork;
        this.evaluations = evaluations;
        this.projects = projects;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.em = em;
    }

    /** Every organisation's state and status per core element for one quarter, for those who follow the project. */
    @Transactional(readOnly = true)
    public Overview overview(long projectId, Quarter quarter) {
        ProjectScope scope = workspaceAccess.projectScope(projectId);
        if (!scope.allWorkspaces()) {
            log.warn("Refused the self-evaluation overview of project {} to {}", projectId, currentUser.get().orElse(null));
            throw new AccessRefusedException("error.accessRefused", "Self-evaluation overview of " + projectId);
        }
        List<WorkspaceFacts> inProject = projects.workspacesOf(projectId);
        List<SelfEvaluation> all = inProject.isEmpty() ? List.of()
                : evaluations.findByWorkspaces(inProject.stream().map(WorkspaceFacts::id).toList());
        List<CoreElementRef> elements = inProject.isEmpty() ? List.of()
                : catalog.currentCoreElements(inProject.get(0).id());
        ProjectFacts project = projects.project(projectId);
        List<OverviewRow> rows = new ArrayList<>();
        for (WorkspaceFacts workspace : inProject) {
            List<SelfEvaluation> own = all.stream().filter(e -> e.getWorkspace().id() == workspace.id())
                    .toList();
            SelfEvaluation latest = calendar.latestByQuarter(own).get(quarter);
            Optional<SelfEvaluation> submitted = own.stream()
                    .filter(e -> e.getQuarter().equals(quarter) && e.getStatus() == SelfEvaluation.Status.SUBMITTED)
                    .findFirst();
            Map<Long, ImplementationStatus> statuses = new LinkedHashMap<>();
            submitted.ifPresent(e -> e.getElements().forEach((id, answer) -> statuses.put(id, answer.getStatus())));
            rows.add(new OverviewRow(workspace.id(), workspace.organisationName(),
                    calendar.state(project, quarter, latest), submitted.map(SelfEvaluation::getSubmittedAt).orElse(null),
                    statuses));
        }
        rows.sort(Comparator.comparing(OverviewRow::organisation));
        return new Overview(quarter, inProject.isEmpty() ? null : calendar.due(project, quarter), elements, rows);
    }

    /** The newest quarter of the project whose forms are due: what a consultant looks at first. */
    @Transactional(readOnly = true)
    public Optional<Quarter> lastDueQuarterOf(long projectId) {
        requireProjectReader(projectId);
        return projects.workspacesOf(projectId).isEmpty() ? Optional.empty()
                : calendar.lastDueQuarter(projects.project(projectId));
    }

    /** The quarters of a project so far that the overview can show, newest first. */
    @Transactional(readOnly = true)
    public List<Quarter> projectQuarters(long projectId) {
        requireProjectReader(projectId);
        return projects.workspacesOf(projectId).isEmpty() ? List.of()
                : calendar.quartersSoFar(projects.project(projectId)).reversed();
    }

    /**
     * Per workspace of the project: the newest submitted quarter and whether the last due quarter is
     * missing. Reads one row per submitted form of the project (a few per organisation and year).
     */
    @Transactional(readOnly = true)
    public Map<Long, Latest> latest(long projectId, List<Long> workspaceIds) {
        requireProjectReader(projectId);
        if (workspaceIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> submitted = em.createQuery("select e.workspace.id, max(e.year * 4 + e.quarter - 1) "
                        + "from SelfEvaluation e where e.workspace.id in :ids and e.status = :submitted "
                        + "group by e.workspace.id", Object[].class)
                .setParameter("ids", workspaceIds).setParameter("submitted", SelfEvaluation.Status.SUBMITTED)
                .getResultList();
        Map<Long, Quarter> newest = new LinkedHashMap<>();
        submitted.forEach(r -> {
            int index = ((Number) r[1]).intValue();
            newest.put((Long) r[0], new Quarter(index / 4, index % 4 + 1));
        });
        Optional<Quarter> lastDue = calendar.lastDueQuarter(projects.project(projectId));
        Map<Long, Latest> result = new LinkedHashMap<>();
        for (long id : workspaceIds) {
            Quarter q = newest.get(id);
            boolean late = lastDue.isPresent() && (q == null || q.compareTo(lastDue.get()) < 0);
            result.put(id, new Latest(q, late));
        }
        return result;
    }

    /**
     * The project's submitted self-evaluations for the evaluators' export, one row per form and core element
     * (a correction is a further revision): id, organisation, year, quarter, revision, submitted, core element,
     * status, explanation, drivers, barriers, reflections, hours in the quarter (from the time sheets), and beside them
     * what the portal knows of that quarter and element: trial actions started, completed and evaluated, their
     * decisions, and the notes written.
     */
    public void exportRows(long projectId, Consumer<List<Object>> sink) {
        Map<Long, String> organisations = new HashMap<>();
        projects.workspacesOf(projectId).forEach(w -> organisations.put(w.id(), w.organisationName()));
        if (organisations.isEmpty()) {
            return;
        }
        Map<Long, String> elements = new HashMap<>();
        catalog.vocabulary(projectId).elementsInOrder().forEach(c -> elements.put(c.id(), c.name()));
        List<?> found = em.createNativeQuery("select e.id, e.workspace_id, e.eval_year, e.eval_quarter, e.revision, "
                        + "e.submitted_at, a.core_element_id, a.status, a.explanation, e.drivers, e.barriers, "
                        + "e.reflections from self_evaluation e left join self_evaluation_element a on a.self_evaluation_id = e.id "
                        + "where e.workspace_id in (?1) and e.status = 'SUBMITTED'")
                .setParameter(1, organisations.keySet()).getResultList();
        List<Object[]> rows = new ArrayList<>(found.stream().map(r -> (Object[]) r).toList());
        rows.sort(Comparator.<Object[], String>comparing(r -> organisations.get(((Number) r[1]).longValue()))
                .thenComparing(r -> ((Number) r[2]).intValue()).thenComparing(r -> ((Number) r[3]).intValue())
                .thenComparing(r -> ((Number) r[4]).intValue())
                .thenComparing(r -> r[6] == null ? null : ((Number) r[6]).longValue(),
                        Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, java.math.BigDecimal> hours = time.hoursByQuarter(projectId);
        Map<Quarter, Map<Long, Map<Long, QuarterWork.ElementWork>>> work = new HashMap<>();
        for (Object[] r : rows) {
            long workspaceId = ((Number) r[1]).longValue();
            Quarter quarter = new Quarter(((Number) r[2]).intValue(), ((Number) r[3]).intValue());
            Long elementId = r[6] == null ? null : ((Number) r[6]).longValue();
            QuarterWork.ElementWork done = work.computeIfAbsent(quarter, q -> quarterWork.ofProject(projectId, q))
                    .getOrDefault(workspaceId, Map.of()).getOrDefault(elementId, QuarterWork.ElementWork.NONE);
            List<Object> row = new ArrayList<>(Arrays.asList(r));
            row.set(1, organisations.get(workspaceId));
            row.set(6, elementId == null ? null : elements.get(elementId));
            row.set(7, r[7] == null ? null : ImplementationStatus.valueOf(r[7].toString()));
            row.add(hours.get(TimeAndCostService.quarterKey(workspaceId, quarter.firstDay())));
            row.add(done.started());
            row.add(done.completed());
            row.add(done.evaluated());
            row.add(done.decisions().entrySet().stream().map(d -> d.getKey() + " " + d.getValue())
                    .collect(java.util.stream.Collectors.joining(", ")));
            row.add(done.notes().values().stream().mapToLong(Long::longValue).sum());
            sink.accept(row);
        }
    }

    /** Anyone who reads some workspace of the project: its dates and states are no organisation's content. */
    private void requireProjectReader(long projectId) {
        if (!workspaceAccess.projectScope(projectId).any()) {
            log.warn("Refused the self-evaluation dates of project {} to {}", projectId, currentUser.get().orElse(null));
            throw new AccessRefusedException("error.accessRefused", "Self-evaluations of project " + projectId);
        }
    }
}
