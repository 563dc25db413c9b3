package dk.modningsportal.notification;

/** How often a person wants mail about their notifications. */
public enum EmailFrequency {
    NONE, IMMEDIATELY, DAILY, WEEKLY
}
