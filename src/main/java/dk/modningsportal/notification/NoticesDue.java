package dk.modningsportal.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notice decided in the writer's transaction (who is told: the recipients who want this kind, never the person
 * who caused it), stored with that change and written to each recipient's notifications after the commit.
 */
record NoticesDue(Notice notice, List<Long> recipientIds, Instant createdAt) {
}
