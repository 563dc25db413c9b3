package dk.modningsportal.dashboard;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.DanishTime;
import dk.modningsportal.dashboard.Dashboard.HeatRow;
import dk.modningsportal.dashboard.Dashboard.MonthCount;
import dk.modningsportal.dashboard.Dashboard.OrganisationRow;
import dk.modningsportal.dashboard.Dashboard.ProjectAverage;
import dk.modningsportal.dashboard.Dashboard.VersionFigures;
import dk.modningsportal.dashboard.WorkspaceTallies.Measure;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionCatalog.Vocabulary;
import dk.modningsportal.intervention.VersionStatus;
import dk.modningsportal.maturation.WorkshopDates;
import dk.modningsportal.note.NoteQueries;
import dk.modningsportal.project.ProjectFacts;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.ProjectScope;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import dk.modningsportal.selfevaluation.SelfEvaluationOverviews;
import dk.modningsportal.trialaction.TrialActionQueries;
import dk.modningsportal.trialaction.TrialActionStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a project's dashboard from aggregate queries. Who sees what: a consultant the projects they
 * serve; Socialstyrelsen's leaders and evaluators every project; an organisation's leader their own
 * organisation's row beside the project's averages, never another organisation's figures by name.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private static final Logger log = LoggerFactory.getLogger(DashboardService.class);
    private static final int TREND_MONTHS = 12;

    public record ProjectRef(long id, String name) {
    }

    private final DashboardQueries queries;
    private final ProgressScoreRepository scores;
    private final WorkspaceAccess workspaceAccess;
    private final CurrentUser currentUser;
    private final ProjectQueries projects;
    private final InterventionCatalog catalog;
    private final TrialActionQueries trialActionQueries;
    private final NoteQueries noteQueries;
    private final WorkshopDates workshopDates;
    private final Clock clock;

    private final SelfEvaluationOverviews selfEvaluations;

    DashboardService(DashboardQueries queries, ProgressScoreRepository scores, WorkspaceAccess workspaceAccess,
            CurrentUser currentUser, ProjectQueries projects, InterventionCatalog catalog,
            TrialActionQueries trialActionQueries, NoteQueries noteQueries, WorkshopDates workshopDates, Clock clock,
            SelfEvaluationOverviews selfEvaluations) {
        this.projects = projects;
        this.catalog = catalog;
        this.trialActionQueries = trialActionQueries;
        this.noteQueries = noteQueries;
        this.workshopDates = workshopDates;
        this.selfEvaluations = selfEvaluations;
        this.queries = queries;
        this.scores = scores;
        this.workspaceAccess = workspaceAccess;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The projects whose dashboard the current user may open. */
    public List<ProjectRef> projects() {
        PortalUser user = currentUser.require();
        if (!mayUseDashboards(user)) {
            return List.of();
        }
        if (user.role() == Role.EVALUATOR) {
            Set<Long> evaluated = Set.copyOf(workspaceAccess.evaluatedProjectIds());
            return projects.projectsOf(null, null).stream().filter(r -> evaluated.contains(r.id()))
                    .map(r -> new ProjectRef(r.id(), r.name())).toList();
        }
        Long consultant = user.role() == Role.CONSULTANT ? user.id() : null;
        Long organisation = user.isNationalAgency() || consultant != null ? null : user.organisationId();
        return projects.projectsOf(consultant, organisation).stream()
                .map(r -> new ProjectRef(r.id(), r.name())).toList();
    }

    public Dashboard build(long projectId) {
        PortalUser user = currentUser.require();
        Long ownWorkspace = requireDashboard(user, projectId);
        ProjectFacts project = projects.project(projectId);
        List<WorkspaceFacts> workspaces = projects.workspacesOf(projectId);
        List<Long> workspaceIds = workspaces.stream().map(WorkspaceFacts::id).toList();
        LocalDate today = LocalDate.now(clock);
        Vocabulary vocabulary = catalog.vocabulary(projectId);
        List<CoreElementRef> elements = vocabulary.elementsInOrder();
        List<VersionRef> versions = vocabulary.trialledVersions();
        Optional<VersionRef> current = versions.stream().filter(v -> v.status() == VersionStatus.IN_TRIAL).findFirst();
        LocalDate lastWorkshop = workshopDates.lastHeldOnOrBefore(projectId, today).orElse(null);
        Instant since = lastWorkshop == null ? null : lastWorkshop.plusDays(1).atStartOfDay(DanishTime.ZONE).toInstant();

        Map<Long, long[]> statusCounts = new HashMap<>();
        Map<Long, Long> overdue = new HashMap<>();
        trialActionQueries.statusCounts(projectId, today).forEach(c -> {
            statusCounts.computeIfAbsent(c.workspaceId(), k -> new long[TrialActionStatus.values().length])
                    [c.status().ordinal()] = c.count();
            if (c.status().isOpen()) {
                overdue.merge(c.workspaceId(), c.endedBeforeToday(), Long::sum);
            }
        });
        // Per workspace: [notes in the round, new since the workshop]; per workspace and core element: notes.
        Map<Long, long[]> roundNotes = new HashMap<>();
        Map<Long, Map<Long, Long>> notesByElement = new HashMap<>();
        current.ifPresent(v -> {
            queries.notesByCoreElement(projectId, v.id()).forEach(r -> {
                roundNotes.computeIfAbsent((Long) r[0], k -> new long[2])[0] += (Long) r[2];
                notesByElement.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Long) r[1], (Long) r[2]);
            });
            if (since == null) {
                roundNotes.values().forEach(counts -> counts[1] = counts[0]);
            } else {
                noteQueries.createdSince(projectId, v.id(), since).forEach((workspace, count) -> roundNotes
                        .computeIfAbsent(workspace, k -> new long[2])[1] = count);
            }
        });
        Map<Long, Instant> lastActivity = new HashMap<>();
        queries.lastActivity(projectId).forEach(r -> lastActivity.put((Long) r[0], (Instant) r[1]));
        Map<Long, List<ProgressScore>> scoresByWorkspace = new HashMap<>();
        if (!workspaceIds.isEmpty()) {
            scores.findByWorkspaces(workspaceIds).forEach(s -> scoresByWorkspace
                    .computeIfAbsent(s.getWorkspaceId(), k -> new ArrayList<>()).add(s));
        }

        Map<Long, SelfEvaluationOverviews.Latest> selfEvaluated = selfEvaluations.latest(projectId, workspaceIds);
        List<OrganisationRow> all = new ArrayList<>();
        for (WorkspaceFacts w : workspaces) {
            long workspaceId = w.id();
            long[] byStatus = statusCounts.getOrDefault(workspaceId, new long[TrialActionStatus.values().length]);
            long[] notes = roundNotes.getOrDefault(workspaceId, new long[2]);
            Instant last = lastActivity.get(workspaceId);
            List<ProgressScore> history = scoresByWorkspace.getOrDefault(workspaceId, List.of());
            all.add(new OrganisationRow(workspaceId, w.organisationName(), w.organisationKind(), byStatus[0], byStatus[1],
                    byStatus[2], byStatus[3], notes[0], notes[1],
                    last == null ? null : (int) Duration.between(last, clock.instant()).toDays(),
                    overdue.getOrDefault(workspaceId, 0L),
                    history.isEmpty() ? null : history.get(0).getScore(),
                    history.size() < 2 ? null : history.get(1).getScore(),
                    selfEvaluated.get(workspaceId).quarter(), selfEvaluated.get(workspaceId).late()));
        }
        ProjectAverage average = average(all);
        List<OrganisationRow> shown = ownWorkspace == null ? all
                : all.stream().filter(r -> r.workspaceId() == ownWorkspace).toList();

        List<HeatRow> heat = current.isEmpty() ? List.of()
                : heatMap(notesByElement, elements, all, shown, ownWorkspace != null);
        List<MonthCount> trend = trend(projectId, ownWorkspace, today);
        List<VersionFigures> byVersion = byVersion(projectId, ownWorkspace, elements, versions);
        String phase = project.phaseOn(today).map(ProjectFacts.Phase::name).orElse(null);
        return new Dashboard(projectId, project.name(), phase, current.map(VersionRef::label).orElse(null),
                current.map(VersionRef::id).orElse(null),
                lastWorkshop, shown, average, elements.stream().map(CoreElementRef::name).toList(), heat, trend,
                versions.stream().map(VersionRef::label).toList(), byVersion, ownWorkspace != null);
    }

    /**
     * Trial actions, barriers and notes per core element and version for one organisation of the project,
     * or for all of them (null). An organisation's leader gets their own organisation whatever they ask.
     */
    public List<VersionFigures> versionComparison(long projectId, Long workspaceId) {
        Long ownWorkspace = requireDashboard(currentUser.require(), projectId);
        Vocabulary vocabulary = catalog.vocabulary(projectId);
        return byVersion(projectId, ownWorkspace != null ? ownWorkspace : workspaceId, vocabulary.elementsInOrder(),
                vocabulary.trialledVersions());
    }

    public boolean isEvaluator() {
        return currentUser.require().role() == Role.EVALUATOR;
    }

    /**
     * Checks that the user may see the project's dashboard. Returns the user's own workspace when they
     * may see only their own organisation's row (an organisation's leader), null when they see all.
     */
    Long requireDashboard(PortalUser user, long projectId) {
        if (mayUseDashboards(user)) {
            ProjectScope scope = workspaceAccess.projectScope(projectId);
            if (scope.any()) {
                return scope.ownWorkspace();
            }
        }
        log.warn("Refused dashboard of project {} to {}", projectId, user);
        throw new AccessRefusedException("error.dashboardRefused", user + " may not see project " + projectId);
    }

    static boolean mayUseDashboards(PortalUser user) {
        return user.role() == Role.CONSULTANT || user.role() == Role.LEADER || user.role() == Role.EVALUATOR;
    }

    private static List<HeatRow> heatMap(Map<Long, Map<Long, Long>> byWorkspace, List<CoreElementRef> elements,
            List<OrganisationRow> all, List<OrganisationRow> shown, boolean withAverage) {
        List<HeatRow> heat = new ArrayList<>();
        for (OrganisationRow row : shown) {
            Map<Long, Long> counts = byWorkspace.getOrDefault(row.workspaceId(), Map.of());
            heat.add(new HeatRow(row.organisation(),
                    elements.stream().map(e -> counts.getOrDefault(e.id(), 0L).doubleValue()).toList()));
        }
        if (withAverage && !all.isEmpty()) {
            heat.add(new HeatRow("average", elements.stream().map(e -> byWorkspace.values().stream()
                    .mapToLong(m -> m.getOrDefault(e.id(), 0L)).sum() / (double) all.size()).toList()));
        }
        return heat;
    }

    private List<MonthCount> trend(long projectId, Long workspaceId, LocalDate today) {
        YearMonth first = YearMonth.from(today).minusMonths(TREND_MONTHS - 1L);
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (int i = 0; i < TREND_MONTHS; i++) {
            months.put(first.plusMonths(i), new long[2]);
        }
        int fromMonth = first.getYear() * 100 + first.getMonthValue();
        queries.perMonth(Measure.TRIAL_ACTIONS_PER_MONTH, projectId, fromMonth, workspaceId)
                .forEach(r -> count(months, r).ifPresent(c -> c[0] = (Long) r[1]));
        queries.perMonth(Measure.NOTES_PER_MONTH, projectId, fromMonth, workspaceId)
                .forEach(r -> count(months, r).ifPresent(c -> c[1] = (Long) r[1]));
        return months.entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private List<VersionFigures> byVersion(long projectId, Long workspaceId, List<CoreElementRef> elements,
            List<VersionRef> versions) {
        Map<Long, String> labels = new HashMap<>();
        versions.forEach(v -> labels.put(v.id(), v.label()));
        // Per core element, per version label: [trial actions, barriers, notes]. Drafts have no figures.
        Map<Long, Map<String, long[]>> figures = new HashMap<>();
        queries.byElementAndVersion(projectId, workspaceId).forEach(r -> {
            String label = labels.get((Long) r[1]);
            if (label != null) {
                long[] cell = figures.computeIfAbsent((Long) r[2], k -> new LinkedHashMap<>())
                        .computeIfAbsent(label, k -> new long[3]);
                cell[switch ((Measure) r[0]) {
                    case TRIAL_ACTIONS -> 0;
                    case BARRIERS -> 1;
                    default -> 2;
                }] = (Long) r[3];
            }
        });
        return elements.stream()
                .map(e -> new VersionFigures(e.name(), figures.getOrDefault(e.id(), Map.of())))
                .toList();
    }

    private static Optional<Instant> latest(Instant a, Instant b) {
        return a == null ? Optional.ofNullable(b) : b == null || a.isAfter(b) ? Optional.of(a) : Optional.of(b);
    }

    private static Optional<long[]> count(Map<YearMonth, long[]> months, Object[] row) {
        long yyyymm = (Long) row[0];
        return Optional.ofNullable(months.get(YearMonth.of((int) (yyyymm / 100), (int) (yyyymm % 100))));
    }

    private static ProjectAverage average(List<OrganisationRow> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<BigDecimal> scoreValues = rows.stream().map(OrganisationRow::progressScore).filter(s -> s != null).toList();
        OptionalDouble days = rows.stream().map(OrganisationRow::daysSinceActivity).filter(d -> d != null)
                .mapToInt(Integer::intValue).average();
        return new ProjectAverage(mean(rows, OrganisationRow::planned), mean(rows, OrganisationRow::inProgress),
                mean(rows, OrganisationRow::completed), mean(rows, OrganisationRow::evaluated),
                mean(rows, OrganisationRow::notesInRound), mean(rows, OrganisationRow::newSinceWorkshop),
                days.isPresent() ? days.getAsDouble() : null, mean(rows, OrganisationRow::overdue),
                scoreValues.isEmpty() ? null : scoreValues.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(scoreValues.size()), 1, RoundingMode.HALF_UP));
    }

    private static double mean(List<OrganisationRow> rows, ToLongFunction<OrganisationRow> figure) {
        return rows.stream().mapToLong(figure).average().orElse(0);
    }
}
