package dk.modningsportal.live;

/**
 * That something changed, named by ids only: screens re-read it with their own user's rights. The topic
 * says what kind of thing: a workspace's content, a project's workshop boards or published version, one
 * person's notifications, or who is present at a place.
 */
public record Change(String topic, long projectId, long workspaceId) {

    public static final String WORKSPACE = "workspace";
    public static final String BOARD = "board";
    public static final String VERSION = "version";
    public static final String SELF_EVALUATION = "self-evaluation";
    public static final String ACTIVITY = "activity";
    public static final String FIGURES = "figures";
    private static final String USER = "user:";
    private static final String PRESENCE = "presence:";

    /** A workspace's trial actions, notes or comments changed. */
    public static Change inWorkspace(long projectId, long workspaceId) {
        return new Change(WORKSPACE, projectId, workspaceId);
    }

    /** Something on the project's workshop boards (themes, picks, decisions) changed. */
    public static Change board(long projectId) {
        return new Change(BOARD, projectId, 0);
    }

    /** The project published a new intervention version. */
    public static Change versionPublished(long projectId) {
        return new Change(VERSION, projectId, 0);
    }

    /** An answer of a workspace's self-evaluation was saved (the team writes the form together). */
    public static Change selfEvaluation(long projectId, long workspaceId) {
        return new Change(SELF_EVALUATION, projectId, workspaceId);
    }

    /**
     * The dashboard's figures of a workspace were recomputed after a change of its content (a moment after the
     * change's own {@link #inWorkspace}: read the figures on this one).
     */
    public static Change figuresOf(long projectId, long workspaceId) {
        return new Change(FIGURES, projectId, workspaceId);
    }

    /** The workspace's activity feed has a new entry (written after the change it tells of had committed). */
    public static Change activityIn(long workspaceId) {
        return new Change(ACTIVITY, 0, workspaceId);
    }

    /** Something of one person's own changed (their notifications). */
    public static Change forUser(long userId) {
        return new Change(USER + userId, 0, 0);
    }

    static Change presence(String place) {
        return new Change(PRESENCE + place, 0, 0);
    }

    public boolean isWorkspace(long id) {
        return WORKSPACE.equals(topic) && workspaceId == id;
    }

    public boolean isActivityIn(long workspace) {
        return ACTIVITY.equals(topic) && workspaceId == workspace;
    }

    public boolean isSelfEvaluationOf(long workspace) {
        return SELF_EVALUATION.equals(topic) && workspaceId == workspace;
    }

    public boolean isFiguresOf(long workspace) {
        return FIGURES.equals(topic) && workspaceId == workspace;
    }

    public boolean isInProject(long id) {
        return projectId == id;
    }

    public boolean isFor(long userId) {
        return topic.equals(USER + userId);
    }

    boolean isPresenceAt(String place) {
        return topic.equals(PRESENCE + place);
    }

    String encode() {
        return topic + "|" + projectId + "|" + workspaceId;
    }

    static Change decode(String text) {
        String[] parts = text.split("\\|");
        return new Change(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    }
}
