package dk.modningsportal.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A project as other modules read it: its name, its period, whether it is closed, and its phases in order. */
public record ProjectFacts(long id, String name, LocalDate startDate, LocalDate endDate, boolean closed,
        int selfEvaluationDueDays, List<Phase> phases) {

    /** One phase of the project's plan. */
    public record Phase(long id, String name, LocalDate startDate, LocalDate endDate) {
    }

    static ProjectFacts of(Project project) {
        return new ProjectFacts(project.getId(), project.getName(), project.getStartDate(), project.getEndDate(),
                project.isClosed(), project.getSelfEvaluationDueDays(), project.getPhases().stream()
                        .map(p -> new Phase(p.getId(), p.getName(), p.getStartDate(), p.getEndDate())).toList());
    }

    /** The phase the day falls in, if any. */
    public Optional<Phase> phaseOn(LocalDate day) {
        return phases.stream().filter(p -> !day.isBefore(p.startDate()) && !day.isAfter(p.endDate())).findFirst();
    }
}
