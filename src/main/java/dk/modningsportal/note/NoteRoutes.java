package dk.modningsportal.note;

import dk.modningsportal.project.WorkspaceRoutes;

/**
 * The notes' addresses: a workspace's notes (with one open), and one note as the project's other organisations
 * read it once shared ("På tværs").
 */
public final class NoteRoutes {

    public static final String SHARED_ITEM_ID = "itemId";

    public static final String NOTES = WorkspaceRoutes.OVERVIEW + "/notes";
    public static final String SHARED_NOTE = "shared/notes/:" + SHARED_ITEM_ID;

    private NoteRoutes() {
    }

    public static String notes(long workspaceId) {
        return WorkspaceRoutes.overview(workspaceId) + "/notes";
    }

    /** The notes list with one note open. */
    public static String note(long workspaceId, long noteId) {
        return notes(workspaceId) + "?note=" + noteId;
    }

    /** A shared note; its own team is sent on to it in their workspace. */
    public static String shared(long noteId) {
        return "shared/notes/" + noteId;
    }
}
