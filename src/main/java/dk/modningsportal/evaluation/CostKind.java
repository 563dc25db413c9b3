package dk.modningsportal.evaluation;

/** Costs other than time, in kroner. */
public enum CostKind {
    MATERIALS, PREMISES, TRANSPORT, SUBSTITUTE_COVER, OTHER
}
