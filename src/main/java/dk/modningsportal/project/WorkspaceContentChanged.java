package dk.modningsportal.project;

/**
 * Published inside the writing transaction when a workspace's trial actions, notes or comments change: once it
 * commits, the change bus tells the screens that show the workspace, and what is derived from them (the
 * dashboard's tallies) is recomputed by a module listener.
 */
public record WorkspaceContentChanged(long workspaceId, long projectId) {

    public static WorkspaceContentChanged of(WorkspaceRef workspace) {
        return new WorkspaceContentChanged(workspace.id(), workspace.projectId());
    }
}
