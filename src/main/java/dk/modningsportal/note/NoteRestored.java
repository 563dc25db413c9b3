package dk.modningsportal.note;

/** A deleted note brought back within its undo window (by a plain update, which no entity listener sees). */
public record NoteRestored(long noteId) {
}
