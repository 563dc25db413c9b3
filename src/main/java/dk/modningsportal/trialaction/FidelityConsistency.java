package dk.modningsportal.trialaction;

/** FRAME: does the adaptation stay true to the intervention's core elements? */
public enum FidelityConsistency {
    CONSISTENT,
    INCONSISTENT,
    UNKNOWN
}
