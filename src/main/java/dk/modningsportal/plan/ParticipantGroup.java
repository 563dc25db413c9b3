package dk.modningsportal.plan;

/** Who takes part in an activity, as the seeds name them. */
public enum ParticipantGroup {
    PROJECT_LEADERS, PRACTITIONERS, LEADERS, LOCAL_PARTNERS, CONSULTANTS, EVALUATORS
}
