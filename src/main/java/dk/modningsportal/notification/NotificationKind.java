package dk.modningsportal.notification;

/** What a notification is about; each person chooses which kinds they get. */
public enum NotificationKind {
    MENTION,
    REPLY,
    COMMENT_ON_MY_ITEM,
    VERSION_PUBLISHED,
    TRIAL_ACTION_OVERDUE,
    SELF_EVALUATION_DUE,
    EVALUATION_DUE,
    MEETING_INVITATION,
    MINUTES_PUBLISHED,
    FOLLOW_UP_ASSIGNED
}
