package dk.modningsportal.intervention;

public enum VersionStatus {
    DRAFT,
    IN_TRIAL,
    CLOSED
}
