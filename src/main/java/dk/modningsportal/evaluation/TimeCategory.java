package dk.modningsportal.evaluation;

/** What the hours reported for the cost estimate were spent on. */
public enum TimeCategory {
    MEETINGS, COMPETENCE_DEVELOPMENT, TRIAL_ACTIONS, DOCUMENTATION, COORDINATION
}
