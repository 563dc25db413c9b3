package dk.modningsportal.project;

/**
 * The part of a project a user may read: every workspace, only their own organisation's workspace, or
 * nothing.
 */
public record ProjectScope(boolean allWorkspaces, Long ownWorkspace) {

    public static final ProjectScope ALL = new ProjectScope(true, null);
    public static final ProjectScope NONE = new ProjectScope(false, null);

    static ProjectScope own(long workspaceId) {
        return new ProjectScope(false, workspaceId);
    }

    public boolean any() {
        return allWorkspaces || ownWorkspace != null;
    }
}
