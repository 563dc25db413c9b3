package dk.modningsportal.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.test.util.AopTestUtils;

/**
 * In the tests that run in a rolled-back transaction (PortalTest) the after-commit listener never runs: there each
 * notice is written at once, inside the test's transaction, by the listener's own method.
 */
@Component
@ConditionalOnProperty("portal.test.rolled-back")
class NoticesWithinTestTransaction {

    private final NotificationService notifications;

    NoticesWithinTestTransaction(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void write(NoticesDue due) {
        NotificationService target = AopTestUtils.getUltimateTargetObject(notifications);
        target.on(due);
    }
}
