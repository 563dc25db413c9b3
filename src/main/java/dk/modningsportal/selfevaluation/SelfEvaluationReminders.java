package dk.modningsportal.selfevaluation;

import dk.modningsportal.notification.Notice;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.project.WorkspaceRepository;
import dk.modningsportal.security.UserDirectory;
import dk.modningsportal.project.WorkspaceRoutes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A week before a quarter's form is due, its project leaders are reminded, once, unless it is submitted. */
@Component
class SelfEvaluationReminders {

    private static final Logger log = LoggerFactory.getLogger(SelfEvaluationReminders.class);
    static final int DAYS_BEFORE = 7;

    private final WorkspaceRepository workspaces;
    private final SelfEvaluationRepository evaluations;
    private final SelfEvaluationService service;
    private final NotificationService notifications;
    private final UserDirectory userDirectory;
    private final Clock clock;

    SelfEvaluationReminders(WorkspaceRepository workspaces, SelfEvaluationRepository evaluations,
            SelfEvaluationService service, NotificationService notifications, UserDirectory userDirectory, Clock clock) {
        this.workspaces = workspaces;
        this.evaluations = evaluations;
        this.service = service;
        this.notifications = notifications;
        this.userDirectory = userDirectory;
        this.clock = clock;
    }

    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        int told = 0;
        for (Workspace workspace : workspaces.findAllWithDetails()) {
            for (Quarter quarter : service.quartersSoFar(workspace)) {
                LocalDate due = SelfEvaluationService.due(workspace, quarter);
                if (today.isAfter(due) || today.isBefore(due.minusDays(DAYS_BEFORE)) || submitted(workspace, quarter)) {
                    continue;
                }
                Notice notice = new Notice(NotificationKind.SELF_EVALUATION_DUE, workspace.getProject().getId(),
                        workspace.getId(), workspace.getProject().getName() + " · " + quarter.year() + " K"
                                + quarter.quarter(), null, null,
                        WorkspaceRoutes.selfEvaluation(workspace.getId(), quarter.key()),
                        "self_evaluation:" + workspace.getId() + ":" + quarter.key());
                for (long leader : userDirectory.projectLeadersOf(List.of(workspace.getOrganisation().getId()))) {
                    told += notifications.sendOnce(notice, leader) ? 1 : 0;
                }
            }
        }
        log.info("Reminded {} project leaders of a self-evaluation due", told);
        return told;
    }

    private boolean submitted(Workspace workspace, Quarter quarter) {
        return evaluations.findByWorkspace(workspace.getId()).stream()
                .anyMatch(e -> e.getQuarter().equals(quarter) && e.getStatus() == SelfEvaluation.Status.SUBMITTED);
    }
}
