package dk.modningsportal.trialaction;

import dk.modningsportal.notification.Notice;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every morning, tells the person responsible for a trial action that is past its end date and not done; once. */
@Component
class OverdueReminders {

    private static final Logger log = LoggerFactory.getLogger(OverdueReminders.class);

    private final TrialActionRepository trialActions;
    private final NotificationService notifications;
    private final Clock clock;

    OverdueReminders(TrialActionRepository trialActions, NotificationService notifications, Clock clock) {
        this.trialActions = trialActions;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        int told = 0;
        for (TrialAction action : trialActions.findOverdue(
                Arrays.stream(TrialActionStatus.values()).filter(TrialActionStatus::isOpen).toList(), today)) {
            Notice notice = new Notice(NotificationKind.TRIAL_ACTION_OVERDUE, action.getWorkspace().projectId(),
                    action.getWorkspace().id(), action.getTitle(), null, null,
                    TrialActionRoutes.trialAction(action.getId()), "trial_action:" + action.getId());
            told += notifications.sendOnce(notice, action.getResponsibleId()) ? 1 : 0;
        }
        log.info("Reminded {} people of overdue trial actions", told);
        return told;
    }
}
