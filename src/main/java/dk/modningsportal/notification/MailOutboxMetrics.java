package dk.modningsportal.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The mail outbox's length for operators: notifications not yet mailed and not yet read in the portal. It
 * grows when the mail server does not answer, and shrinks with the next send or digest.
 */
@Component
class MailOutboxMetrics {

    MailOutboxMetrics(NotificationRepository notifications, MeterRegistry meters) {
        Gauge.builder("portal.mail.outbox", notifications, NotificationRepository::countAwaitingMail)
                .description("Notifications waiting to be mailed (not yet mailed, not yet read)").register(meters);
    }
}
