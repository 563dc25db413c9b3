package dk.modningsportal.project;

/**
 * Published inside the writing transaction when a workspace's trial actions or notes change: what is
 * derived from them (the dashboard's tallies) follows in the same transaction, and once it commits the
 * change bus tells the screens that show the workspace or its project.
 */
public record WorkspaceContentChanged(long workspaceId, long projectId) {

    public static WorkspaceContentChanged of(Workspace workspace) {
        return new WorkspaceContentChanged(workspace.getId(), workspace.getProject().getId());
    }
}
