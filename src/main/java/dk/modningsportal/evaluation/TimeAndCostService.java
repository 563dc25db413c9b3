package dk.modningsportal.evaluation;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.project.ProjectFacts;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time and costs for the evaluation's cost estimate: each organisation's project leader enters a month's hours per
 * role and kind of work and its other costs; the project's consultants or evaluators set an hourly rate per role; the
 * estimate gives costs per organisation, per participant and per session beside the hours expected.
 */
@Service
@Transactional(readOnly = true)
public class TimeAndCostService {

    private static final Logger log = LoggerFactory.getLogger(TimeAndCostService.class);

    /** More than anyone works in a month: a typing slip, not hours. */
    public static final BigDecimal MAX_HOURS = new BigDecimal("744");
    public static final BigDecimal MAX_KRONER = new BigDecimal("10000000");

    /** A month's sheet as stored: hours per role and kind of work, other costs, and who saved it last. */
    public record Sheet(long workspaceId, LocalDate month, long version, Map<StaffRole, Map<TimeCategory, BigDecimal>> hours,
            Map<CostKind, BigDecimal> costs, boolean writable, String changedBy, Instant changedAt) {

        public BigDecimal hours(StaffRole role, TimeCategory category) {
            return hours.getOrDefault(role, Map.of()).get(category);
        }
    }

    /** One organisation's estimate: hours by role, their cost at the project's rates, other costs, and per unit. */
    public record CostRow(long workspaceId, String organisation, Map<StaffRole, BigDecimal> hours, BigDecimal totalHours,
            Integer expectedHours, BigDecimal labourCost, Map<CostKind, BigDecimal> otherCosts, BigDecimal totalCost,
            SmallNumbers.Shown participants, SmallNumbers.Shown sessions, BigDecimal perParticipant, BigDecimal perSession) {
    }

    private final TimeSheetRepository sheets;
    private final CostTermsRepository terms;
    private final Measures measures;
    private final RegistrationFigures registrations;
    private final WorkspaceAccess workspaceAccess;
    private final ProjectQueries projects;
    private final CurrentUser currentUser;
    private final UserDirectory userDirectory;
    private final Clock clock;
    private final Reporters reporters;

    TimeAndCostService(TimeSheetRepository sheets, CostTermsRepository terms, Measures measures, RegistrationFigures registrations,
            WorkspaceAccess workspaceAccess, ProjectQueries projects, CurrentUser currentUser, UserDirectory userDirectory,
            Clock clock, Reporters reporters) {
        this.reporters = reporters;
        this.sheets = sheets;
        this.terms = terms;
        this.registrations = registrations;
        this.measures = measures;
        this.workspaceAccess = workspaceAccess;
        this.projects = projects;
        this.currentUser = currentUser;
        this.userDirectory = userDirectory;
        this.clock = clock;
    }

    public Sheet sheet(long workspaceId, LocalDate month) {
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        LocalDate start = ReportingPeriod.MONTH.startOf(month);
        boolean writable = reporters.mayReport(workspace);
        return sheets.findSheet(workspaceId, start).map(s -> sheet(s, writable))
                .orElseGet(() -> new Sheet(workspaceId, start, -1, Map.of(), Map.of(), writable, null, null));
    }

    /**
     * Stores a month's hours and costs as the project leader typed them; an empty cell is none. {@code expectedVersion}
     * is the version the form showed (-1: none stored): a colleague's save in between is named, not overwritten.
     */
    @Transactional
    public Sheet save(long workspaceId, LocalDate month, Map<StaffRole, Map<TimeCategory, BigDecimal>> hours,
            Map<CostKind, BigDecimal> costs, long expectedVersion) {
        WorkspaceFacts workspace = workspaceAccess.requireWritable(workspaceId);
        PortalUser user = currentUser.require();
        if (!reporters.mayReport(workspaceAccess.summary(workspaceId))) {
            log.warn("Refused time sheet of workspace {} to {}", workspaceId, user);
            throw new AccessRefusedException("error.evaluationRefused", user + " may not enter time in " + workspaceId);
        }
        LocalDate start = ReportingPeriod.MONTH.startOf(month);
        ProjectFacts project = projects.project(workspace.projectId());
        Map<String, String> errors = new LinkedHashMap<>();
        if (start.isAfter(LocalDate.now(clock)) || start.isAfter(project.endDate())
                || ReportingPeriod.MONTH.lastDay(start).isBefore(project.startDate())) {
            errors.put("month", "evaluation.monthOutsideProject");
        }
        Set<HoursEntry> entries = new HashSet<>();
        hours.forEach((role, byCategory) -> byCategory.forEach((category, spent) -> {
            if (spent == null || spent.signum() == 0) {
                return;
            }
            if (spent.signum() < 0 || spent.compareTo(MAX_HOURS) > 0) {
                errors.put(hoursField(role, category), "evaluation.hoursRange");
            } else {
                entries.add(new HoursEntry(role, category, spent.setScale(1, RoundingMode.HALF_UP)));
            }
        }));
        Map<CostKind, BigDecimal> kroner = new EnumMap<>(CostKind.class);
        costs.forEach((kind, amount) -> {
            if (amount == null || amount.signum() == 0) {
                return;
            }
            if (amount.signum() < 0 || amount.compareTo(MAX_KRONER) > 0) {
                errors.put(costField(kind), "evaluation.kronerRange");
            } else {
                kroner.put(kind, amount.setScale(2, RoundingMode.HALF_UP));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        TimeSheet sheet = sheets.findSheet(workspaceId, start).orElseGet(() -> new TimeSheet(workspaceId, start));
        if ((sheet.getId() == null ? -1 : sheet.getVersion()) != expectedVersion) {
            throw userDirectory.conflictWith(sheet);
        }
        sheet.fill(entries, kroner);
        sheet.changedBy(user.id(), clock.instant());
        TimeSheet saved = sheets.saveAndFlush(sheet);
        log.info("{} saved the time sheet of {} in workspace {}", user, start, workspaceId);
        return sheet(saved, true);
    }

    /** Hours per kind of work in a quarter (from its first day), for the self-evaluation. */
    public Map<TimeCategory, BigDecimal> quarterHours(long workspaceId, LocalDate quarterStart) {
        workspaceAccess.requireReadable(workspaceId);
        Map<TimeCategory, BigDecimal> byCategory = new EnumMap<>(TimeCategory.class);
        sheets.sumHoursByCategory(workspaceId, quarterStart, quarterStart.plusMonths(3))
                .forEach(r -> byCategory.put((TimeCategory) r[0], (BigDecimal) r[1]));
        return byCategory;
    }

    /** Whether every month of [from, until) has a time sheet, for the data-collection plan's cost estimates. */
    boolean sheetsEntered(long workspaceId, LocalDate from, LocalDate until) {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(ReportingPeriod.MONTH.startOf(from),
                ReportingPeriod.MONTH.startOf(until.minusDays(1))) + 1;
        return sheets.countSheets(workspaceId, ReportingPeriod.MONTH.startOf(from), until) >= months;
    }

    /** Every hour entered for the months before the day. */
    public BigDecimal hoursBefore(long workspaceId, LocalDate day) {
        workspaceAccess.requireReadable(workspaceId);
        return Objects.requireNonNullElse(sheets.sumHoursBefore(workspaceId, day), BigDecimal.ZERO);
    }

    /** Hours per workspace and quarter of a project (key: "workspaceId@yyyy-Qn"), for the self-evaluations' export. */
    public Map<String, BigDecimal> hoursByQuarter(long projectId) {
        requireProjectReader(projectId);
        Map<String, BigDecimal> totals = new HashMap<>();
        List<Long> ids = projects.workspacesOf(projectId).stream().map(WorkspaceFacts::id).toList();
        if (!ids.isEmpty()) {
            sheets.hoursOf(ids).forEach(r -> totals.merge(quarterKey(((Number) r[0]).longValue(), (LocalDate) r[1]),
                    (BigDecimal) r[4], BigDecimal::add));
        }
        return totals;
    }

    public static String quarterKey(long workspaceId, LocalDate day) {
        return workspaceId + "@" + day.getYear() + "-Q" + day.get(java.time.temporal.IsoFields.QUARTER_OF_YEAR);
    }

    public Map<StaffRole, BigDecimal> rates(long projectId) {
        requireProjectReader(projectId);
        Map<StaffRole, BigDecimal> rates = new EnumMap<>(StaffRole.class);
        terms.findByProject(projectId).ifPresent(t -> rates.putAll(t.getRates()));
        return rates;
    }

    /** The project's consultants and evaluators set the hourly rate per role (empty: no rate, the hours stay uncosted). */
    @Transactional
    public void setRates(long projectId, Map<StaffRole, BigDecimal> rates) {
        if (!measures.mayDefine(projectId)) {
            throw new AccessRefusedException("error.evaluationRefused", "Rates of project " + projectId);
        }
        workspaceAccess.requireOpenProject(projectId);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<StaffRole, BigDecimal> kept = new EnumMap<>(StaffRole.class);
        rates.forEach((role, rate) -> {
            if (rate == null) {
                return;
            }
            if (rate.signum() < 0 || rate.compareTo(new BigDecimal("10000")) > 0) {
                errors.put("rate:" + role.name(), "evaluation.rateRange");
            } else {
                kept.put(role, rate.setScale(2, RoundingMode.HALF_UP));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        CostTerms stored = terms.findByProject(projectId).orElseGet(() -> new CostTerms(projectId));
        stored.setRates(kept);
        terms.save(stored);
    }

    /**
     * The cost estimate per organisation the viewer may read: hours at the project's rates, other costs, and per
     * participant and per session counted so far. Outside the organisation and its evaluators a count from 1 to 4 is
     * hidden, and so is a cost per unit that would give it away.
     */
    public List<CostRow> estimate(long projectId) {
        var scope = workspaceAccess.projectScope(projectId);
        if (!scope.any()) {
            throw new AccessRefusedException("error.evaluationRefused", "Costs of project " + projectId);
        }
        boolean evaluator = workspaceAccess.isEvaluatorOf(projectId);
        PortalUser user = currentUser.require();
        List<WorkspaceFacts> workspaces = projects.workspacesOf(projectId).stream()
                .filter(w -> scope.allWorkspaces() || Objects.equals(scope.ownWorkspace(), w.id())).toList();
        if (workspaces.isEmpty()) {
            return List.of();
        }
        List<Long> ids = workspaces.stream().map(WorkspaceFacts::id).toList();
        Map<Long, Map<StaffRole, BigDecimal>> hours = new HashMap<>();
        sheets.hoursOf(ids).forEach(r -> hours.computeIfAbsent(((Number) r[0]).longValue(), w -> new EnumMap<>(StaffRole.class))
                .merge((StaffRole) r[2], (BigDecimal) r[4], BigDecimal::add));
        Map<Long, Map<CostKind, BigDecimal>> costs = new HashMap<>();
        sheets.costsOf(ids).forEach(r -> costs.computeIfAbsent(((Number) r[0]).longValue(), w -> new EnumMap<>(CostKind.class))
                .merge((CostKind) r[2], (BigDecimal) r[3], BigDecimal::add));
        Map<StaffRole, BigDecimal> rates = rates(projectId);
        Map<OrganisationKind, Integer> expected = projects.selfEvaluationTerms(projectId).expectedHours();
        Map<Long, Map<MeasureCounts, Long>> counted = registrations.countedForCosts(projectId);
        List<CostRow> rows = new ArrayList<>();
        for (WorkspaceFacts w : workspaces) {
            boolean full = evaluator || w.organisationId() == user.organisationId();
            Map<StaffRole, BigDecimal> spent = hours.getOrDefault(w.id(), Map.of());
            BigDecimal totalHours = spent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal labour = spent.entrySet().stream()
                    .map(e -> e.getValue().multiply(rates.getOrDefault(e.getKey(), BigDecimal.ZERO)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<CostKind, BigDecimal> other = costs.getOrDefault(w.id(), Map.of());
            BigDecimal total = labour.add(other.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            Long participants = counted.getOrDefault(w.id(), Map.of()).get(MeasureCounts.PARTICIPANTS);
            Long sessions = counted.getOrDefault(w.id(), Map.of()).get(MeasureCounts.SESSIONS);
            SmallNumbers.Shown shownParticipants = SmallNumbers.show(participants == null ? null : participants.intValue(), full);
            SmallNumbers.Shown shownSessions = SmallNumbers.show(sessions == null ? null : sessions.intValue(), full);
            rows.add(new CostRow(w.id(), w.organisationName(), spent, totalHours,
                    expected.get(w.organisationKind()), labour, other, total, shownParticipants, shownSessions,
                    per(total, shownParticipants), per(total, shownSessions)));
        }
        return rows;
    }

    private static BigDecimal per(BigDecimal total, SmallNumbers.Shown count) {
        return count.plotted() == null || count.plotted() == 0 ? null
                : total.divide(BigDecimal.valueOf(count.plotted()), 2, RoundingMode.HALF_UP);
    }

    private void requireProjectReader(long projectId) {
        if (!workspaceAccess.canReadProject(projectId)) {
            throw new AccessRefusedException("error.evaluationRefused", "Time of project " + projectId);
        }
    }

    private Sheet sheet(TimeSheet s, boolean writable) {
        Map<StaffRole, Map<TimeCategory, BigDecimal>> hours = new EnumMap<>(StaffRole.class);
        s.getHours().forEach(h -> hours.computeIfAbsent(h.role(), r -> new EnumMap<>(TimeCategory.class))
                .put(h.category(), h.hours()));
        Map<CostKind, BigDecimal> costs = new EnumMap<>(CostKind.class);
        costs.putAll(s.getCosts());
        return new Sheet(s.getWorkspaceId(), s.getMonth(), s.getVersion(), hours, costs, writable,
                s.getChangedById() == null ? null : userDirectory.displayNameOf(s.getChangedById()), s.getChangedAt());
    }

    public static String hoursField(StaffRole role, TimeCategory category) {
        return "hours:" + role.name() + ":" + category.name();
    }

    public static String costField(CostKind kind) {
        return "cost:" + kind.name();
    }
}
