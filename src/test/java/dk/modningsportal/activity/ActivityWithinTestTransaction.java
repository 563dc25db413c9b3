package dk.modningsportal.activity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.test.util.AopTestUtils;

/**
 * Service and UI tests run in a transaction that is rolled back, so the feed's after-commit listener never runs
 * there: in those tests (PortalTest) each published activity is written at once, inside the test's transaction,
 * by the listener's own method. Committed tests (browser journeys, {@code ActivityAfterRestartTest}) go the real way.
 */
@Component
@ConditionalOnProperty("portal.test.rolled-back")
class ActivityWithinTestTransaction {

    private final ActivityLog log;

    ActivityWithinTestTransaction(ActivityLog log) {
        this.log = log;
    }

    @EventListener
    void write(WorkspaceActivity activity) {
        ActivityLog target = AopTestUtils.getUltimateTargetObject(log);
        target.on(activity);
    }
}
