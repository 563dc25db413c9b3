package dk.modningsportal.note;

public enum NoteKind {
    WORKS_WELL,
    HINDERS,
    CHANGE_PROPOSAL,
    QUESTION
}
