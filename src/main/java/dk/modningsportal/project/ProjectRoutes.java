package dk.modningsportal.project;

/**
 * A project's address across its organisations: what they have shared with each other ("På tværs"). A shared
 * item's address is its capability's ({@code NoteRoutes.shared}, {@code TrialActionRoutes.shared}).
 */
public final class ProjectRoutes {

    public static final String PROJECT_ID = "projectId";

    public static final String ACROSS = "project/:" + PROJECT_ID + "/across";

    private ProjectRoutes() {
    }

    /** "På tværs": what the project's organisations have shared. */
    public static String across(long projectId) {
        return "project/" + projectId + "/across";
    }
}
