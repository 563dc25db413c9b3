package dk.modningsportal.evaluation;

import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.Languages;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.evaluation.SmallNumbers.Shown;
import dk.modningsportal.project.Project;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations: the measures a project's evaluator or consultant defines, and the counts each organisation's
 * project leader (or a team member they allow) reports per period. A correction keeps the earlier figure; a period not reported is missing,
 * never zero; outside the organisation and the project's evaluators, small counts show as "< 5".
 */
@Service
@Transactional(readOnly = true)
public class RegistrationService {

    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

    /** Far above any count of people or sessions one organisation reports in a period. */
    public static final int MAX_COUNT = 100_000;

    /** A measure to define; {@code countedFrom}: the day data collection starts (null: the project's start). */
    public record MeasureInput(String name, String unit, String targetGroup, ReportingPeriod period, LocalDate countedFrom,
            Long atMostId, MeasureCounts counts) {
    }

    public record MeasureRow(long id, String name, String unit, String targetGroup, ReportingPeriod period,
            LocalDate countedFrom, Long atMostId, String atMostName, MeasureCounts counts) {

        /** "Deltagere indskrevet (børn og unge)": the name with its target group. */
        public String label() {
            return targetGroup == null ? name : name + " (" + targetGroup + ")";
        }
    }

    /** One measure's line of a period's form: the figure stored now and who entered it, or none. */
    public record Line(MeasureRow measure, LocalDate periodStart, Shown counted, Long registrationId,
            String enteredBy, Instant enteredAt, boolean corrected) {
    }

    /** The form of one month: the monthly measures of that month, the quarterly ones of its quarter. */
    public record PeriodForm(long workspaceId, LocalDate month, List<Line> lines, boolean writable) {
    }

    /** A period that has ended without a figure. */
    public record Missing(MeasureRow measure, LocalDate periodStart) {
    }

    public record HistoryRow(int counted, String enteredBy, Instant enteredAt, boolean current) {
    }

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

    private final MeasureRepository measures;
    private final RegistrationRepository registrations;
    private final WorkspaceAccess workspaceAccess;
    private final ProjectQueries projects;
    private final CurrentUser currentUser;
    private final UserDirectory userDirectory;
    private final Clock clock;
    private final I18NProvider i18n;
    private final Reporters reporters;

    RegistrationService(MeasureRepository measures, RegistrationRepository registrations, WorkspaceAccess workspaceAccess,
            ProjectQueries projects, CurrentUser currentUser, UserDirectory userDirectory, Clock clock, I18NProvider i18n,
            Reporters reporters) {
        this.reporters = reporters;
        this.i18n = i18n;
        this.measures = measures;
        this.registrations = registrations;
        this.workspaceAccess = workspaceAccess;
        this.projects = projects;
        this.currentUser = currentUser;
        this.userDirectory = userDirectory;
        this.clock = clock;
    }

    public record ProjectRef(long id, String name) {
    }

    /** The projects whose evaluation the current user follows across organisations (evaluators, consultants, leaders). */
    public List<ProjectRef> projects() {
        PortalUser user = currentUser.require();
        if (user.role() != Role.EVALUATOR && user.role() != Role.CONSULTANT && user.role() != Role.LEADER) {
            return List.of();
        }
        Map<Long, ProjectRef> projectsById = new LinkedHashMap<>();
        workspaceAccess.readableWorkspaces().forEach(w -> projectsById.putIfAbsent(w.projectId(),
                new ProjectRef(w.projectId(), w.projectName())));
        return List.copyOf(projectsById.values());
    }

    /** The project's measures, in their order, for anyone who reads the project. */
    public List<MeasureRow> measures(long projectId) {
        if (!workspaceAccess.canReadProject(projectId)) {
            throw refuse("read measures of project " + projectId);
        }
        return rows(measures.findByProject(projectId));
    }

    /** Whether the current user defines the project's measures and questionnaires: its evaluators and consultants. */
    public boolean mayDefine(long projectId) {
        return workspaceAccess.isEvaluatorOf(projectId) || workspaceAccess.isConsultantOf(projectId);
    }

    @Transactional
    public long define(long projectId, MeasureInput input) {
        requireDefiner(projectId);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = TextRules.trimToNull(input.name());
        String unit = TextRules.trimToNull(input.unit());
        String group = TextRules.trimToNull(input.targetGroup());
        if (name == null) {
            errors.put("name", "validation.required");
        } else if (name.length() > Measure.NAME_MAX) {
            errors.put("name", "validation.tooLong");
        }
        if (unit == null) {
            errors.put("unit", "validation.required");
        } else if (unit.length() > Measure.UNIT_MAX) {
            errors.put("unit", "validation.tooLong");
        }
        if (group != null && group.length() > Measure.TARGET_GROUP_MAX) {
            errors.put("targetGroup", "validation.tooLong");
        }
        if (input.period() == null) {
            errors.put("period", "validation.required");
        }
        List<Measure> existing = measures.findByProject(projectId);
        if (input.atMostId() != null && existing.stream().noneMatch(m -> m.getId().equals(input.atMostId())
                && m.getPeriod() == input.period())) {
            errors.put("atMost", "evaluation.atMostSamePeriod");
        }
        if (name != null && existing.stream().anyMatch(m -> m.getName().equalsIgnoreCase(name)
                && Objects.equals(m.getTargetGroup(), group))) {
            errors.put("name", "evaluation.measureExists");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        PortalUser user = currentUser.require();
        Project project = projects.project(projectId);
        LocalDate from = input.countedFrom() == null ? project.getStartDate() : input.countedFrom();
        if (from.isBefore(project.getStartDate()) || from.isAfter(project.getEndDate())) {
            throw new ValidationFailedException(Map.of("countedFrom", "evaluation.countedFromInProject"));
        }
        Measure measure = measures.save(new Measure(projectId, name, unit, group, input.period(), from, input.atMostId(),
                input.counts(), existing.size() + 1, user.id(), clock.instant()));
        log.info("{} defined measure {} in project {}", user, measure.getId(), projectId);
        return measure.getId();
    }

    /**
     * A measure from a preset, in the definer's language; a preset that is bounded by another (completed by
     * enrolled) is bound to that one when the project has it for the same target group, which is made first if not.
     */
    @Transactional
    public long defineFromPreset(long projectId, MeasurePreset preset, String targetGroup, LocalDate countedFrom) {
        java.util.Locale locale = "en".equals(currentUser.require().language()) ? Languages.ENGLISH : Languages.DANISH;
        Function<String, String> translate = key -> i18n.getTranslation(key, locale);
        Long bound = null;
        if (preset.atMost() != null) {
            String boundName = translate.apply(preset.atMost().key("name"));
            String group = TextRules.trimToNull(targetGroup);
            bound = measures.findByProject(projectId).stream()
                    .filter(m -> m.getName().equalsIgnoreCase(boundName) && Objects.equals(m.getTargetGroup(), group))
                    .map(Measure::getId).findFirst()
                    .orElseGet(() -> defineFromPreset(projectId, preset.atMost(), targetGroup, countedFrom));
        }
        return define(projectId, new MeasureInput(translate.apply(preset.key("name")), translate.apply(preset.key("unit")),
                targetGroup, preset.period(), countedFrom, bound, preset.counts()));
    }

    /** The measures that have figures or bound another: these stay. */
    public java.util.Set<Long> measuresInUse(long projectId) {
        List<MeasureRow> rows = measures(projectId);
        if (rows.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<Long> inUse = new java.util.HashSet<>(registrations.findMeasuresInUse(rows.stream().map(MeasureRow::id).toList()));
        rows.stream().map(MeasureRow::atMostId).filter(Objects::nonNull).forEach(inUse::add);
        return inUse;
    }

    /** A measure nobody has reported on yet can be taken away again. */
    @Transactional
    public void remove(long measureId) {
        Measure measure = measures.findById(measureId)
                .orElseThrow(() -> new NotFoundException("error.projectRefused", "No measure " + measureId));
        requireDefiner(measure.getProjectId());
        if (registrations.existsByMeasure(measureId)
                || measures.findByProject(measure.getProjectId()).stream().anyMatch(m -> Objects.equals(m.getAtMostId(), measureId))) {
            throw new ValidationFailedException(Map.of("measure", "evaluation.measureInUse"));
        }
        measures.delete(measure);
    }

    /**
     * The months a workspace reports for, newest first: from the first period counted to this month (or the project's
     * end); none while the project has no measures.
     */
    public List<LocalDate> months(long workspaceId) {
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        Project project = projects.project(workspace.projectId());
        List<Measure> defined = measures.findByProject(workspace.projectId());
        if (defined.isEmpty()) {
            return List.of();
        }
        LocalDate first = defined.stream().map(Measure::getCountedFrom).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = ReportingPeriod.MONTH.startOf(min(LocalDate.now(clock), project.getEndDate()));
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate m = ReportingPeriod.MONTH.startOf(first); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(0, m);
        }
        return months;
    }

    /** The figures of one month (and its quarter) in a readable workspace; the viewer's own or an evaluator's in full. */
    public PeriodForm form(long workspaceId, LocalDate month) {
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        boolean full = fullAccess(workspace);
        List<MeasureRow> rows = rows(measures.findByProject(workspace.projectId()));
        Map<String, Registration> current = currentByKey(workspaceId, rows);
        List<Line> lines = new ArrayList<>();
        for (MeasureRow measure : rows) {
            LocalDate start = measure.period().startOf(month);
            if (start.isBefore(measure.countedFrom())) {
                continue;
            }
            Registration r = current.get(key(measure.id(), start));
            Shown shown = SmallNumbers.show(r == null ? null : r.getCounted(), full);
            lines.add(r == null ? new Line(measure, start, Shown.MISSING, null, null, null, false)
                    : new Line(measure, start, shown, r.getId(), userDirectory.displayNameOf(r.getEnteredById()),
                            r.getEnteredAt(), registrations.findHistory(workspaceId, measure.id(), start).size() > 1));
        }
        return new PeriodForm(workspaceId, ReportingPeriod.MONTH.startOf(month), lines, mayReport(workspace));
    }

    /**
     * Stores a month's figures (and its quarter's): each changed one becomes the current figure, the earlier one
     * kept in the history. {@code seen} holds the registration each line showed: if a colleague saved since, nothing
     * is stored and the conflict names them. A blank line stays missing.
     */
    @Transactional
    public void report(long workspaceId, LocalDate month, Map<Long, Integer> counts, Map<Long, Long> seen) {
        Workspace workspace = workspaceAccess.requireWritable(workspaceId);
        PortalUser user = currentUser.require();
        if (!reporters.mayReport(workspaceAccess.summary(workspaceId))) {
            throw refuse("report registrations in workspace " + workspaceId);
        }
        List<MeasureRow> rows = rows(measures.findByProject(workspace.getProject().getId()));
        Map<Long, MeasureRow> byId = rows.stream().collect(Collectors.toMap(MeasureRow::id, Function.identity()));
        Map<String, Registration> current = currentByKey(workspaceId, rows);
        Map<String, String> errors = new LinkedHashMap<>();
        counts.forEach((measureId, count) -> {
            if (!byId.containsKey(measureId)) {
                throw new NotFoundException("error.projectRefused", "No measure " + measureId + " in the project");
            }
            if (byId.get(measureId).period().startOf(month).isBefore(byId.get(measureId).countedFrom())) {
                errors.put(field(measureId), "evaluation.beforeCountedFrom");
            } else if (count == null && current.containsKey(key(measureId, byId.get(measureId).period().startOf(month)))) {
                // A reported figure is corrected, never emptied: emptied, the period would read as not reported.
                errors.put(field(measureId), "evaluation.cannotClear");
            } else if (count != null && count < 0) {
                errors.put(field(measureId), "evaluation.countNegative");
            } else if (count != null && count > MAX_COUNT) {
                errors.put(field(measureId), "evaluation.countTooLarge");
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        for (Map.Entry<Long, Integer> entry : counts.entrySet()) {
            Registration stored = current.get(key(entry.getKey(), byId.get(entry.getKey()).period().startOf(month)));
            Long storedId = stored == null ? null : stored.getId();
            if (!Objects.equals(storedId, seen.get(entry.getKey()))) {
                throw new ConcurrentEditException(stored == null ? "?" : userDirectory.displayNameOf(stored.getEnteredById()),
                        stored == null ? null : stored.getEnteredAt(), 0);
            }
        }
        Map<String, Integer> after = new HashMap<>();
        current.forEach((k, r) -> after.put(k, r.getCounted()));
        counts.forEach((measureId, count) -> {
            String k = key(measureId, byId.get(measureId).period().startOf(month));
            if (count == null) {
                after.remove(k);
            } else {
                after.put(k, count);
            }
        });
        checkBounds(rows, after, counts.keySet());
        Instant now = clock.instant();
        counts.forEach((measureId, count) -> {
            LocalDate start = byId.get(measureId).period().startOf(month);
            Registration stored = current.get(key(measureId, start));
            if (count == null || (stored != null && stored.getCounted() == count)) {
                return;
            }
            if (stored != null) {
                stored.replace(now);
            }
            registrations.save(new Registration(measureId, workspaceId, start, count, user.id(), now));
        });
        log.info("{} reported registrations for {} in workspace {}", user, month, workspaceId);
    }

    /** Counted so far, a bounded measure never exceeds its bound (completed and dropped out: at most enrolled). */
    private static void checkBounds(List<MeasureRow> rows, Map<String, Integer> after, java.util.Set<Long> changed) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (MeasureRow measure : rows) {
            if (measure.atMostId() == null || !(changed.contains(measure.id()) || changed.contains(measure.atMostId()))) {
                continue;
            }
            TreeSet<LocalDate> periods = new TreeSet<>();
            after.keySet().forEach(k -> {
                long id = Long.parseLong(k.substring(0, k.indexOf('@')));
                if (id == measure.id() || id == measure.atMostId()) {
                    periods.add(LocalDate.parse(k.substring(k.indexOf('@') + 1)));
                }
            });
            long counted = 0;
            long bound = 0;
            for (LocalDate period : periods) {
                counted += after.getOrDefault(key(measure.id(), period), 0);
                bound += after.getOrDefault(key(measure.atMostId(), period), 0);
                if (counted > bound) {
                    errors.put(field(changed.contains(measure.id()) ? measure.id() : measure.atMostId()),
                            "evaluation.countAboveBound");
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    /** Every figure a workspace's period has had, newest first, for those who read it in full. */
    public List<HistoryRow> history(long workspaceId, long measureId, LocalDate periodStart) {
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        if (!fullAccess(workspace)) {
            throw refuse("read the history of registrations in workspace " + workspaceId);
        }
        return registrations.findHistory(workspaceId, measureId, periodStart).stream()
                .map(r -> new HistoryRow(r.getCounted(), userDirectory.displayNameOf(r.getEnteredById()), r.getEnteredAt(),
                        r.getReplacedAt() == null)).toList();
    }

    /** The periods that have ended without a figure, oldest first. */
    public List<Missing> missing(long workspaceId) {
        return missingOf(workspaceId, workspaceAccess.summary(workspaceId).projectId());
    }

    /** As {@link #missing}, without an access check: for the data-collection plan's states and its reminders. */
    List<Missing> missingOf(long workspaceId, long projectId) {
        Project project = projects.project(projectId);
        List<MeasureRow> rows = rows(measures.findByProject(projectId));
        Map<String, Registration> current = currentByKey(workspaceId, rows);
        LocalDate today = LocalDate.now(clock);
        List<Missing> missing = new ArrayList<>();
        for (MeasureRow measure : rows) {
            for (LocalDate start : endedPeriods(measure.period(), measure.countedFrom(), project, today)) {
                if (!current.containsKey(key(measure.id(), start))) {
                    missing.add(new Missing(measure, start));
                }
            }
        }
        missing.sort(java.util.Comparator.comparing(Missing::periodStart));
        return missing;
    }

    /** A measure over the project's periods so far, per organisation and in total, as the viewer may see it. */
    public Series series(long projectId, long measureId) {
        var scope = workspaceAccess.projectScope(projectId);
        if (!scope.any()) {
            throw refuse("read registrations of project " + projectId);
        }
        MeasureRow measure = rows(measures.findByProject(projectId)).stream().filter(m -> m.id() == measureId).findFirst()
                .orElseThrow(() -> new NotFoundException("error.projectRefused", "No measure " + measureId));
        Project project = projects.project(projectId);
        List<LocalDate> periods = new ArrayList<>();
        LocalDate last = measure.period().startOf(min(LocalDate.now(clock), project.getEndDate()));
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
        for (Workspace w : projects.workspacesOf(projectId)) {
            Map<LocalDate, Integer> figures = byWorkspace.getOrDefault(w.getId(), Map.of());
            for (int i = 0; i < periods.size(); i++) {
                Integer v = figures.get(periods.get(i));
                if (v != null) {
                    totals[i] = (totals[i] == null ? 0 : totals[i]) + v;
                }
            }
            if (!scope.allWorkspaces() && !Objects.equals(scope.ownWorkspace(), w.getId())) {
                continue;
            }
            boolean full = evaluator || w.getOrganisation().getId() == user.organisationId();
            organisations.add(new OrganisationSeries(w.getId(), w.getOrganisation().getName(),
                    periods.stream().map(p -> SmallNumbers.show(figures.get(p), full)).toList()));
        }
        List<Shown> total = java.util.Arrays.stream(totals).map(t -> SmallNumbers.show(t, evaluator)).toList();
        return new Series(measure, periods, organisations, total);
    }

    /** Every organisation's missing periods per measure, from two grouped counts (not a row per figure). */
    public List<ReportingStatus> reportingStatus(long projectId) {
        var scope = workspaceAccess.projectScope(projectId);
        if (!scope.any()) {
            throw refuse("read registrations of project " + projectId);
        }
        List<MeasureRow> rows = rows(measures.findByProject(projectId));
        Project project = projects.project(projectId);
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
        for (Workspace w : projects.workspacesOf(projectId)) {
            if (!scope.allWorkspaces() && !Objects.equals(scope.ownWorkspace(), w.getId())) {
                continue;
            }
            Map<Long, Integer> missing = new LinkedHashMap<>();
            for (MeasureRow m : rows) {
                missing.put(m.id(), (int) Math.max(0, ended.get(m.id()) - reported.getOrDefault(w.getId() + "@" + m.id(), 0L)));
            }
            status.add(new ReportingStatus(w.getId(), w.getOrganisation().getName(), missing));
        }
        return status;
    }

    /** A measure's total over a span of periods, and in how many of its periods there was a figure. */
    public record SpanTotal(MeasureRow measure, Shown total, int periodsReported, int periods) {
    }

    /** Each measure's figures added up over [from, until) in a readable workspace (a quarter, for the self-evaluation). */
    public List<SpanTotal> totals(long workspaceId, LocalDate from, LocalDate until) {
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        boolean full = fullAccess(workspace);
        List<MeasureRow> rows = rows(measures.findByProject(workspace.projectId()));
        Map<String, Registration> current = currentByKey(workspaceId, rows);
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
                .collect(Collectors.toMap(Workspace::getId, w -> w.getOrganisation().getName()));
        List<MeasureRow> rows = rows(measures.findByProject(projectId));
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

    /** The workspace's own people and the project's evaluators see its counts as they are. */
    private boolean fullAccess(WorkspaceSummary workspace) {
        return workspace.organisationId() == currentUser.require().organisationId()
                || workspaceAccess.isEvaluatorOf(workspace.projectId());
    }

    private boolean mayReport(WorkspaceSummary workspace) {
        return reporters.mayReport(workspace);
    }

    private static List<LocalDate> endedPeriods(ReportingPeriod period, LocalDate from, Project project, LocalDate today) {
        List<LocalDate> ended = new ArrayList<>();
        for (LocalDate p = period.startOf(from); period.lastDay(p).isBefore(today)
                && !p.isAfter(project.getEndDate()); p = period.next(p)) {
            ended.add(p);
        }
        return ended;
    }

    private Map<String, Registration> currentByKey(long workspaceId, List<MeasureRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        return registrations.findCurrent(workspaceId, rows.stream().map(MeasureRow::id).toList()).stream()
                .collect(Collectors.toMap(r -> key(r.getMeasureId(), r.getPeriodStart()), Function.identity()));
    }

    private void requireDefiner(long projectId) {
        if (!mayDefine(projectId)) {
            throw refuse("define the evaluation of project " + projectId);
        }
        workspaceAccess.requireOpenProject(projectId);
    }

    private AccessRefusedException refuse(String what) {
        PortalUser user = currentUser.require();
        log.warn("Refused to {}: {}", what, user);
        return new AccessRefusedException("error.evaluationRefused", user + " may not " + what);
    }

    private static List<MeasureRow> rows(List<Measure> list) {
        Map<Long, String> names = list.stream().collect(Collectors.toMap(Measure::getId, Measure::getName));
        return list.stream().map(m -> new MeasureRow(m.getId(), m.getName(), m.getUnit(), m.getTargetGroup(),
                m.getPeriod(), m.getCountedFrom(), m.getAtMostId(), m.getAtMostId() == null ? null : names.get(m.getAtMostId()),
                m.getCounts())).toList();
    }

    /** The form field of a measure's line: the key a refusal names. */
    public static String field(long measureId) {
        return "measure-" + measureId;
    }

    private static String key(long measureId, LocalDate periodStart) {
        return measureId + "@" + periodStart;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
