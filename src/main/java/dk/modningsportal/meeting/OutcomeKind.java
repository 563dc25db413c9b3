package dk.modningsportal.meeting;

/** What an agenda item led to. */
public enum OutcomeKind {
    DECISION, FOLLOW_UP, EXPERIENCE_NOTE, CHANGE_PROPOSAL
}
