package dk.modningsportal.maturation;

/** What a workshop decides about a theme. */
public enum DecisionKind {
    CHANGE_ELEMENT,
    ADD_ELEMENT,
    REMOVE_ELEMENT,
    CHANGE_THEORY,
    CHANGE_MATERIALS,
    NO_CHANGE
}
