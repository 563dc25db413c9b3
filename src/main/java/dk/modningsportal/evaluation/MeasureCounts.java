package dk.modningsportal.evaluation;

/** What a measure counts for the cost estimate: the participants reached, or the sessions held. */
public enum MeasureCounts {
    PARTICIPANTS, SESSIONS
}
