package dk.modningsportal.note;

/** Where the experience came from. */
public enum NoteSource {
    DAILY_PRACTICE,
    LOCAL_WORKSHOP,
    REFLECTION_MEETING,
    DIALOGUE_MEETING,
    MEETING
}
