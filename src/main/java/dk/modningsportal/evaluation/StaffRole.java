package dk.modningsportal.evaluation;

/** Who spent the hours: the roles of an implementation team; UNSPECIFIED for hours from before roles were asked. */
public enum StaffRole {
    PROJECT_LEADER, PRACTITIONER, LEADER, VOLUNTEER, UNSPECIFIED;

    /** The roles a time sheet asks for. */
    public static final java.util.List<StaffRole> ASKED = java.util.List.of(PROJECT_LEADER, PRACTITIONER, LEADER, VOLUNTEER);
}
