package dk.modningsportal.selfevaluation;

import dk.modningsportal.notification.Notice;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.project.ProjectFacts;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.security.UserDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A week before a quarter's form is due, its project leaders are reminded, once, unless it is submitted. */
@Component
class SelfEvaluationReminders {

    private static final Logger log = LoggerFactory.getLogger(SelfEvaluationReminders.class);
    static final int DAYS_BEFORE = 7;

    private final ProjectQueries projects;
    private final SelfEvaluationRepository evaluations;
    private final SelfEvaluationCalendar calendar;
    private final NotificationService notifications;
    private final UserDirectory userDirectory;
    private final Clock clock;

    SelfEvaluationReminders(ProjectQueries projects, SelfEvaluationRepository evaluations,
            SelfEvaluationCalendar calendar, NotificationService notifications, UserDirectory userDirectory, Clock clock) {
        this.projects = projects;
        this.evaluations = evaluations;
        this.calendar = calendar;
        this.notifications = notifications;
        this.userDirectory = userDirectory;
        this.clock = clock;
    }

    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        int told = 0;
        Map<Long, ProjectFacts> projectsById = new HashMap<>();
        for (WorkspaceFacts workspace : projects.allWorkspaces()) {
            ProjectFacts project = projectsById.computeIfAbsent(workspace.projectId(), projects::project);
            for (Quarter quarter : calendar.quartersSoFar(project)) {
                LocalDate due = calendar.due(project, quarter);
                if (today.isAfter(due) || today.isBefore(due.minusDays(DAYS_BEFORE)) || submitted(workspace, quarter)) {
                    continue;
                }
                Notice notice = new Notice(NotificationKind.SELF_EVALUATION_DUE, project.id(),
                        workspace.id(), project.name() + " · " + quarter.year() + " K"
                                + quarter.quarter(), null, null,
                        SelfEvaluationRoutes.selfEvaluation(workspace.id(), quarter.key()),
                        "self_evaluation:" + workspace.id() + ":" + quarter.key());
                for (long leader : userDirectory.projectLeadersOf(List.of(workspace.organisationId()))) {
                    told += notifications.sendOnce(notice, leader) ? 1 : 0;
                }
            }
        }
        log.info("Reminded {} project leaders of a self-evaluation due", told);
        return told;
    }

    private boolean submitted(WorkspaceFacts workspace, Quarter quarter) {
        return evaluations.findByWorkspace(workspace.id()).stream()
                .anyMatch(e -> e.getQuarter().equals(quarter) && e.getStatus() == SelfEvaluation.Status.SUBMITTED);
    }
}
