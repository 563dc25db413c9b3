package dk.modningsportal.selfevaluation;

import dk.modningsportal.project.ProjectFacts;
import dk.modningsportal.selfevaluation.SelfEvaluationService.State;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A project's quarters, when each form is due, and what state a quarter's form is in today. */
@Component
class SelfEvaluationCalendar {

    private final Clock clock;

    SelfEvaluationCalendar(Clock clock) {
        this.clock = clock;
    }

    /** The newest quarter whose form is already due, if any. */
    Optional<Quarter> lastDueQuarter(ProjectFacts project) {
        LocalDate today = LocalDate.now(clock);
        return quartersSoFar(project).stream().filter(q -> due(project, q).isBefore(today))
                .max(Comparator.naturalOrder());
    }

    List<Quarter> quartersSoFar(ProjectFacts project) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = project.endDate().isBefore(today) ? project.endDate() : today;
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = Quarter.of(project.startDate()); q.compareTo(Quarter.of(end)) <= 0; q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    static LocalDate due(ProjectFacts project, Quarter quarter) {
        return quarter.lastDay().plusDays(project.selfEvaluationDueDays());
    }

    /**
     * Submitted while the newest revision is, or while an earlier one is and a correction is drafted (a
     * correction never makes a quarter late); otherwise late once due.
     */
    State state(ProjectFacts project, Quarter quarter, SelfEvaluation latest) {
        if (latest != null && latest.getStatus() == SelfEvaluation.Status.SUBMITTED) {
            return State.SUBMITTED;
        }
        if (latest != null && latest.getRevision() > 1) {
            return State.DRAFT;
        }
        if (due(project, quarter).isBefore(LocalDate.now(clock))) {
            return State.LATE;
        }
        return latest == null ? State.MISSING : State.DRAFT;
    }

    /** The newest revision per quarter (the list comes newest first). */
    static Map<Quarter, SelfEvaluation> latestByQuarter(List<SelfEvaluation> newestFirst) {
        Map<Quarter, SelfEvaluation> latest = new LinkedHashMap<>();
        newestFirst.forEach(e -> latest.putIfAbsent(e.getQuarter(), e));
        return latest;
    }
}
