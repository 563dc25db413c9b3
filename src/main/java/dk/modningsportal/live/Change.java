package dk.modningsportal.live;

/** That something in a workspace (of a project) changed; screens re-read it with their user's own rights. */
public record Change(long projectId, long workspaceId) {

    String encode() {
        return projectId + ":" + workspaceId;
    }

    static Change decode(String text) {
        String[] parts = text.split(":");
        return new Change(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }
}
