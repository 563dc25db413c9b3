package dk.modningsportal.notification;

import java.util.List;

/**
 * Lets a capability add files to the mail about its notifications (a meeting invitation's calendar file)
 * without this package knowing it. Called without a signed-in user, for the notification's recipient.
 */
public interface MailAttachments {

    record Attachment(String fileName, String contentType, byte[] content) {
    }

    List<Attachment> forNotification(NotificationKind kind, String groupKey);
}
