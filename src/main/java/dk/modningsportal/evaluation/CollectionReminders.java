package dk.modningsportal.evaluation;

import dk.modningsportal.evaluation.CollectionPlanService.Due;
import dk.modningsportal.evaluation.CollectionPlanService.LoadedPlan;
import dk.modningsportal.evaluation.CollectionPlanService.Status;
import dk.modningsportal.notification.Notice;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reminders of evaluation data falling due, for the organisations' project leaders. */
@Service
public class CollectionReminders {

    private static final Logger log = LoggerFactory.getLogger(CollectionReminders.class);

    private final CollectionPlanService collection;
    private final ProjectQueries projects;
    private final UserDirectory userDirectory;
    private final NotificationService notifications;
    private final Clock clock;

    CollectionReminders(CollectionPlanService collection, ProjectQueries projects, UserDirectory userDirectory,
            NotificationService notifications, Clock clock) {
        this.collection = collection;
        this.projects = projects;
        this.userDirectory = userDirectory;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Every morning: the project leaders of each organisation are reminded of what falls due within a week and is not
     * delivered, once per occurrence.
     */
    @Transactional
    public int remind() {
        int told = 0;
        LocalDate today = LocalDate.now(clock);
        Map<Long, LoadedPlan> plans = new HashMap<>();
        Map<Long, String> projectNames = new HashMap<>();
        for (WorkspaceFacts w : projects.allWorkspaces()) {
            if (!w.open()) {
                continue;
            }
            for (Due d : collection.dueOf(w.id(), plans.computeIfAbsent(w.projectId(), collection::load), false)) {
                if (d.status() != Status.DUE || d.dueOn().isAfter(today.plusDays(7))) {
                    continue;
                }
                Notice notice = new Notice(NotificationKind.EVALUATION_DUE, w.projectId(), w.id(),
                        projectNames.computeIfAbsent(w.projectId(), projects::nameOf) + " · " + d.item().title(),
                        null, null,
                        EvaluationRoutes.evaluation(w.id()),
                        "evaluation:" + d.item().id() + ":" + w.id() + ":" + d.periodStart());
                for (long leader : userDirectory.projectLeadersOf(List.of(w.organisationId()))) {
                    told += notifications.sendOnce(notice, leader) ? 1 : 0;
                }
            }
        }
        log.info("Reminded {} project leaders of evaluation data due", told);
        return told;
    }
}
