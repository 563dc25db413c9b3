package dk.modningsportal.selfevaluation;

/** How far a core element is implemented locally: the scale of the self-evaluation. */
public enum ImplementationStatus {
    NOT_STARTED, STARTING, PARTLY, MOSTLY, FULLY
}
