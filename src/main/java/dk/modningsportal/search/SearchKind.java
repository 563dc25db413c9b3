package dk.modningsportal.search;

/** What a hit is, for grouping results and for the kind filter. */
public enum SearchKind {
    TRIAL_ACTION, NOTE, COMMENT, MEETING, VERSION
}
