package dk.modningsportal.trialaction;

/** FRAME: was the adaptation planned (proactive) or unplanned (reactive)? */
public enum AdaptationPlanning {
    PLANNED,
    UNPLANNED
}
