package dk.modningsportal.evaluation;

import static dk.modningsportal.evaluation.RegistrationReads.endedPeriods;
import static dk.modningsportal.evaluation.RegistrationReads.key;
import static dk.modningsportal.evaluation.RegistrationReads.min;
import static dk.modningsportal.evaluation.RegistrationReads.rows;

import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.evaluation.Measures.MeasureRow;
import dk.modningsportal.evaluation.SmallNumbers.Shown;
import dk.modningsportal.project.ProjectFacts;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
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
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting registrations: the counts each organisation's project leader (or a team member they allow) reports
 * per period for the project's {@link Measures}. A correction keeps the earlier figure; a period not reported is missing,
 * never zero; outside the organisation and the project's evaluators, small counts show as "< 5".
 */
@Service
@Transactional(readOnly = true)
public class RegistrationService {

    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

    /** Far above any count of people or sessions one organisation reports in a period. */
    public static final int MAX_COUNT = 100_000;

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

    private final MeasureRepository measures;
    private final RegistrationRepository registrations;
    private final WorkspaceAccess workspaceAccess;
    private final ProjectQueries projects;
    private final CurrentUser currentUser;
    private final UserDirectory userDirectory;
    private final Clock clock;
    private final Reporters reporters;
    private final RegistrationReads reads;

    RegistrationService(MeasureRepository measures, RegistrationRepository registrations, WorkspaceAccess workspaceAccess,
            ProjectQueries projects, CurrentUser currentUser, UserDirectory userDirectory, Clock clock,
            Reporters reporters, RegistrationReads reads) {
        this.reporters = reporters;
        this.reads = reads;
        this.measures = measures;
        this.registrations = registrations;
        this.workspaceAccess = workspaceAccess;
        this.projects = projects;
        this.currentUser = currentUser;
        this.userDirectory = userDirectory;
        this.clock = clock;
    }

    /**
     * The months a workspace reports for, newest first: from the first period counted to this month (or the project's
     * end); none while the project has no measures.
     */
    public List<LocalDate> months(long workspaceId) {
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        ProjectFacts project = projects.project(workspace.projectId());
        List<Measure> defined = measures.findByProject(workspace.projectId());
        if (defined.isEmpty()) {
            return List.of();
        }
        LocalDate first = defined.stream().map(Measure::getCountedFrom).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = ReportingPeriod.MONTH.startOf(min(LocalDate.now(clock), project.endDate()));
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate m = ReportingPeriod.MONTH.startOf(first); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(0, m);
        }
        return months;
    }

    /** The figures of one month (and its quarter) in a readable workspace; the viewer's own or an evaluator's in full. */
    public PeriodForm form(long workspaceId, LocalDate month) {
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        boolean full = reads.fullAccess(workspace);
        List<MeasureRow> rows = reads.measureRows(workspace.projectId());
        Map<String, Registration> current = reads.currentByKey(workspaceId, rows);
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
        WorkspaceFacts workspace = workspaceAccess.requireWritable(workspaceId);
        PortalUser user = currentUser.require();
        if (!reporters.mayReport(workspaceAccess.summary(workspaceId))) {
            throw reads.refuse("report registrations in workspace " + workspaceId);
        }
        List<MeasureRow> rows = reads.measureRows(workspace.projectId());
        Map<Long, MeasureRow> byId = rows.stream().collect(Collectors.toMap(MeasureRow::id, Function.identity()));
        Map<String, Registration> current = reads.currentByKey(workspaceId, rows);
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
        if (!reads.fullAccess(workspace)) {
            throw reads.refuse("read the history of registrations in workspace " + workspaceId);
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
        ProjectFacts project = projects.project(projectId);
        List<MeasureRow> rows = reads.measureRows(projectId);
        Map<String, Registration> current = reads.currentByKey(workspaceId, rows);
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

    private boolean mayReport(WorkspaceSummary workspace) {
        return reporters.mayReport(workspace);
    }

    /** The form field of a measure's line: the key a refusal names. */
    public static String field(long measureId) {
        return "measure-" + measureId;
    }
}
