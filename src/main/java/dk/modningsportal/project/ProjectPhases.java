package dk.modningsportal.project;

import dk.modningsportal.project.ProjectAdministration.PhaseInput;
import dk.modningsportal.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's phases as the work moves them: a plan template's phases, and the move to the last phase. */
@Service
public class ProjectPhases {

    private static final Logger log = LoggerFactory.getLogger(ProjectPhases.class);

    private final ProjectAdministration administration;
    private final ProjectRepository projects;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProjectPhases(ProjectAdministration administration, ProjectRepository projects, CurrentUser currentUser,
            Clock clock) {
        this.administration = administration;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A plan template brings its own phases: they replace the project's, sorted by start. For the people
     * who run the open project.
     */
    @Transactional
    public List<ProjectFacts.Phase> replacePhases(long projectId, List<PhaseInput> phases) {
        Project project = administration.requireOpen(projectId);
        project.clearPhases();
        // The old phases leave before the new ones take their places in the order.
        projects.flush();
        ProjectAdministration.layPhases(project, phases);
        projects.flush();
        return ProjectFacts.of(project).phases();
    }

    /**
     * The project moves on to its last phase (anchoring, in the seeds' Forberedelse → Forandring → Forankring) from
     * today, as when the intervention's final version is published: the phase under way ends yesterday, and one that
     * had not begun is shortened to end then too. Nothing moves when the last phase has begun or there is only one.
     */
    @Transactional
    public void beginLastPhase(long projectId) {
        Project project = administration.requireOpen(projectId);
        List<ProjectPhase> phases = project.getPhases().stream()
                .sorted(Comparator.comparing(ProjectPhase::getStartDate)).toList();
        LocalDate today = LocalDate.now(clock);
        if (phases.size() < 2 || !phases.getLast().getStartDate().isAfter(today)) {
            return;
        }
        LocalDate yesterday = today.minusDays(1);
        // In place: the plan's activities point at their phases.
        for (ProjectPhase phase : phases.subList(0, phases.size() - 1)) {
            LocalDate end = phase.getEndDate().isAfter(yesterday) ? yesterday : phase.getEndDate();
            phase.reschedule(phase.getStartDate().isAfter(end) ? end : phase.getStartDate(), end);
        }
        ProjectPhase last = phases.getLast();
        last.reschedule(today, last.getEndDate().isBefore(today) ? today : last.getEndDate());
        projects.flush();
        log.info("{} moved project {} on to its phase {}", currentUser.require(), projectId, last.getName());
    }
}
