package dk.modningsportal.project;

/**
 * The workspace's own address and the name of its id in every section's address. Each section's address is its
 * capability's (e.g. {@code trialaction.TrialActionRoutes}), built on this one.
 */
public final class WorkspaceRoutes {

    public static final String WORKSPACE_ID = "workspaceId";

    public static final String OVERVIEW = "workspace/:" + WORKSPACE_ID;

    private WorkspaceRoutes() {
    }

    public static String overview(long workspaceId) {
        return "workspace/" + workspaceId;
    }
}
