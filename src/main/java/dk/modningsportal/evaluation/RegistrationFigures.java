package dk.modningsportal.evaluation;

import static dk.modningsportal.evaluation.RegistrationReads.endedPeriods;
import static dk.modningsportal.evaluation.RegistrationReads.key;
import static dk.modningsportal.evaluation.RegistrationReads.min;
import static dk.modningsportal.evaluation.RegistrationReads.rows;

import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.evaluation.Measures.MeasureRow;
import dk.modningsportal.evaluation.SmallNumbers.Shown;
import dk.modningsportal.project.ProjectFacts;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the registrations add up to, as the viewer may see them (small counts "< 5" outside the organisation and
 * the project's evaluators): a measure over time per organisation and in total, how far each organisation has
 * reported, a workspace's totals over a span, and the rows of the evaluator's export and the cost estimate.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationFigures {

    /** A measure over time: the periods, each organisation's figures, and the project's total, as the viewer may see them. */
    public record Series(MeasureRow measure, List<LocalDate> periods, List<OrganisationSeries> organisations,
            List<Shown> total) {
    }

    public record OrganisationSeries(long workspaceId, String organisation, List<Shown> values) {
    }

    /** How far one organisation has reported: per measure, the ended periods still without a figure. */
    public record ReportingStatus(long workspaceId, String organisation, Map<Long, Integer> missingByMeasure) {

        public int missing() {
            return missingByMeasure.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final RegistrationRepository registrations;
    private final WorkspaceAccess workspaceAccess;
    private final ProjectQueries projects;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RegistrationReads reads;

    RegistrationFigures(RegistrationRepository registrations, WorkspaceAccess workspaceAccess, ProjectQueries projects,
            CurrentUser currentUser, Clock clock, RegistrationReads reads) {
        this.registrations = registrations;
        this.workspaceAccess = workspaceAccess;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
        this.reads = reads;
    }

    /** A measure over the project's periods so far, per organisation and in total, as the viewer may see it. */
    public Series series(long projectId, long measureId) {
        var scope = workspaceAccess.projectScope(projectId);
        if (!scope.any()) {
            throw reads.refuse("read registrations of project " + projectId);
        }
        MeasureRow measure = reads.measureRows(projectId).stream().filter(m -> m.id() == measureId).findFirst()
                .orElseThrow(() -> new NotFoundException("error.projectRefused", "No measure " + measureId));
        ProjectFacts project = projects.project(projectId);
        List<LocalDate> periods = new ArrayList<>();
        LocalDate last = measure.period().startOf(min(LocalDate.now(clock), project.endDate()));
        for (LocalDate p = measure.countedFrom(); !p.isAfter(last); p = measure.period().next(p)) {
            periods.add(p);
        }
        boolean evaluator = workspaceAccess.isEvaluatorOf(projectId);
        PortalUser user = currentUser.require();
        Map<Long, Map<LocalDate, Integer>> byWorkspace = new HashMap<>();
        registrations.findCurrentOfMeasure(measureId).forEach(r -> byWorkspace
                .computeIfAbsent(r.getWorkspaceId(), w -> new TreeMap<>()).put(r.getPeriodStart(), r.getCounted()));
        List<OrganisationSeries> organisations = new ArrayList<>();
        Integer[] totals = new Integer[periods.size()];
        for (WorkspaceFacts w : projects.workspacesOf(projectId)) {
            Map<LocalDate, Integer> figures = byWorkspace.getOrDefault(w.id(), Map.of());
            for (int i = 0; i < periods.size(); i++) {
                Integer v = figures.get(periods.get(i));
                if (v != null) {
                    totals[i] = (totals[i] == null ? 0 : totals[i]) + v;
                }
            }
            if (!scope.allWorkspaces() && !Objects.equals(scope.ownWorkspace(), w.id())) {
                continue;
            }
            boolean full = evaluator || w.organisationId() == user.organisationId();
            organisations.add(new OrganisationSeries(w.id(), w.organisationName(),
                    periods.stream().map(p -> SmallNumbers.show(figures.get(p), full)).toList()));
        }
        List<Shown> total = java.util.Arrays.stream(totals).map(t -> SmallNumbers.show(t, evaluator)).toList();
        return new Series(measure, periods, organisations, total);
    }

    /** Every organisation's missing periods per measure, from two grouped counts (not a row per figure). */
    public List<ReportingStatus> reportingStatus(long projectId) {
        var scope = workspaceAccess.projectScope(projectId);
        if (!scope.any()) {
            throw reads.refuse("read registrations of project " + projectId);
        }
        List<MeasureRow> rows = reads.measureRows(projectId);
        ProjectFacts project = projects.project(projectId);
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> reported = new HashMap<>();
        for (ReportingPeriod period : ReportingPeriod.values()) {
            List<Long> ids = rows.stream().filter(m -> m.period() == period).map(MeasureRow::id).toList();
            if (!ids.isEmpty()) {
                registrations.countReportedBefore(ids, period.startOf(today)).forEach(r ->
                        reported.put(r[0] + "@" + r[1], ((Number) r[2]).longValue()));
            }
        }
        Map<Long, Integer> ended = new HashMap<>();
        rows.forEach(m -> ended.put(m.id(), endedPeriods(m.period(), m.countedFrom(), project, today).size()));
        List<ReportingStatus> status = new ArrayList<>();
        for (WorkspaceFacts w : projects.workspacesOf(projectId)) {
            if (!scope.allWorkspaces() && !Objects.equals(scope.ownWorkspace(), w.id())) {
                continue;
            }
            Map<Long, Integer> missing = new LinkedHashMap<>();
            for (MeasureRow m : rows) {
                missing.put(m.id(), (int) Math.max(0, ended.get(m.id()) - reported.getOrDefault(w.id() + "@" + m.id(), 0L)));
            }
            status.add(new ReportingStatus(w.id(), w.organisationName(), missing));
        }
        return status;
    }

    /** A measure's total over a span of periods, and in how many of its periods there was a figure. */
    public record SpanTotal(MeasureRow measure, Shown total, int periodsReported, int periods) {
    }

    /** Each measure's figures added up over [from, until) in a readable workspace (a quarter, for the self-evaluation). */
    public List<SpanTotal> totals(long workspaceId, LocalDate from, LocalDate until) {
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        boolean full = reads.fullAccess(workspace);
        List<MeasureRow> rows = reads.measureRows(workspace.projectId());
        Map<String, Registration> current = reads.currentByKey(workspaceId, rows);
        List<SpanTotal> totals = new ArrayList<>();
        for (MeasureRow measure : rows) {
            int sum = 0;
            int reported = 0;
            int periods = 0;
            for (LocalDate p = measure.period().startOf(from); p.isBefore(until); p = measure.period().next(p)) {
                if (p.isBefore(measure.countedFrom()) || p.isBefore(from)) {
                    continue;
                }
                periods++;
                Registration r = current.get(key(measure.id(), p));
                if (r != null) {
                    sum += r.getCounted();
                    reported++;
                }
            }
            if (periods > 0) {
                totals.add(new SpanTotal(measure, SmallNumbers.show(reported == 0 ? null : sum, full), reported, periods));
            }
        }
        return totals;
    }

    /** Per workspace, the participants and sessions counted so far (current figures), for the cost estimate. */
    Map<Long, Map<MeasureCounts, Long>> countedForCosts(long projectId) {
        Map<Long, Map<MeasureCounts, Long>> totals = new HashMap<>();
        registrations.sumByCounts(projectId).forEach(r -> totals.computeIfAbsent(((Number) r[0]).longValue(),
                w -> new java.util.EnumMap<>(MeasureCounts.class)).put((MeasureCounts) r[1], ((Number) r[2]).longValue()));
        return totals;
    }

    /** Rows for the evaluator's export: every current figure with who entered it and whether it was corrected. */
    void exportRows(long projectId, boolean full, java.util.function.Consumer<List<Object>> sink) {
        Map<Long, String> organisations = projects.workspacesOf(projectId).stream()
                .collect(Collectors.toMap(WorkspaceFacts::id, w -> w.organisationName()));
        List<MeasureRow> rows = reads.measureRows(projectId);
        java.util.Set<String> corrected = new java.util.HashSet<>();
        if (!rows.isEmpty()) {
            registrations.findCorrected(rows.stream().map(MeasureRow::id).toList())
                    .forEach(c -> corrected.add(c[0] + "@" + c[1] + "@" + c[2]));
        }
        for (MeasureRow measure : rows) {
            for (Registration r : registrations.findCurrentOfMeasure(measure.id())) {
                Shown shown = SmallNumbers.show(r.getCounted(), full);
                List<Object> row = new ArrayList<>();
                row.add(organisations.get(r.getWorkspaceId()));
                row.add(measure.name());
                row.add(measure.targetGroup());
                row.add(measure.unit());
                row.add(measure.period());
                row.add(r.getPeriodStart());
                row.add(shown.hidden() ? SmallNumbers.HIDDEN_TEXT : shown.value());
                row.add(corrected.contains(measure.id() + "@" + r.getWorkspaceId() + "@" + r.getPeriodStart()));
                row.add(r.getEnteredAt());
                sink.accept(row);
            }
        }
    }
}
