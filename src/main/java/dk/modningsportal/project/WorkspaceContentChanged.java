package dk.modningsportal.project;

/**
 * Published inside the writing transaction when a workspace's trial actions or notes change, so that
 * what is derived from them (the dashboard's tallies) follows in the same transaction.
 */
public record WorkspaceContentChanged(long workspaceId) {
}
