package dk.modningsportal.evaluation;

/** How often a data-collection item recurs. */
public enum Rhythm {
    ONCE, MONTHLY, QUARTERLY
}
