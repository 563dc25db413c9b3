package dk.modningsportal.project;

/**
 * A project's addresses across its organisations: what they have shared with each other ("På tværs") and a shared
 * item, for links from lists, search and notifications whoever follows them (its own team is sent on to their
 * workspace).
 */
public final class ProjectRoutes {

    public static final String PROJECT_ID = "projectId";
    public static final String ITEM_ID = "itemId";

    public static final String ACROSS = "project/:" + PROJECT_ID + "/across";
    public static final String SHARED_NOTE = "shared/notes/:" + ITEM_ID;
    public static final String SHARED_TRIAL_ACTION = "shared/trial-actions/:" + ITEM_ID;

    private ProjectRoutes() {
    }

    /** "På tværs": what the project's organisations have shared. */
    public static String across(long projectId) {
        return "project/" + projectId + "/across";
    }

    /** A shared note; its own team is sent on to it in their workspace. */
    public static String note(long noteId) {
        return "shared/notes/" + noteId;
    }

    /** A shared trial action; its own team is sent on to it in their workspace. */
    public static String trialAction(long trialActionId) {
        return "shared/trial-actions/" + trialActionId;
    }
}
