package dk.modningsportal.meeting;

/** Those who came to a meeting without being invited through the portal, counted by kind. */
public enum GuestKind {
    ASSOCIATION_VOLUNTEERS, OTHER_DEPARTMENTS, PARENT_REPRESENTATIVES, COMPETENCE_PROVIDER, OTHERS
}
