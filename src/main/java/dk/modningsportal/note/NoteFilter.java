package dk.modningsportal.note;

/** Filters of the note list; a null value means "any". */
public record NoteFilter(NoteKind kind, Long coreElementId, Long versionId, NoteSource source, String search) {

    public static NoteFilter none() {
        return new NoteFilter(null, null, null, null, null);
    }
}
