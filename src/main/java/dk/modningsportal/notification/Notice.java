package dk.modningsportal.notification;

/**
 * What to tell: the kind, who did it, about what (subject and a short excerpt), where to look (a link
 * inside the portal), and a group key that names the item, so repeats can be grouped in a digest and a
 * reminder is not sent twice.
 */
public record Notice(NotificationKind kind, Long projectId, Long workspaceId, String subject, String actorName,
        String excerpt, String link, String groupKey) {
}
