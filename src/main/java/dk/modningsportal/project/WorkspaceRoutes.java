package dk.modningsportal.project;

/**
 * The workspace's addresses, shared as constants so each section's view can declare its route and
 * any other view can link to it without depending on that view's class.
 */
public final class WorkspaceRoutes {

    public static final String WORKSPACE_ID = "workspaceId";
    public static final String TRIAL_ACTION_ID = "trialActionId";

    public static final String OVERVIEW = "workspace/:" + WORKSPACE_ID;
    public static final String TRIAL_ACTIONS = "workspace/:" + WORKSPACE_ID + "/trial-actions";
    public static final String NEW_TRIAL_ACTION = "workspace/:" + WORKSPACE_ID + "/trial-actions/new";
    public static final String TRIAL_ACTION = "trial-actions/:" + TRIAL_ACTION_ID;
    public static final String NOTES = "workspace/:" + WORKSPACE_ID + "/notes";
    public static final String INTERVENTION = "workspace/:" + WORKSPACE_ID + "/intervention";
    public static final String CHANGES = "workspace/:" + WORKSPACE_ID + "/changes";
    public static final String SELF_EVALUATION = "workspace/:" + WORKSPACE_ID + "/self-evaluation";
    public static final String EVALUATION = "workspace/:" + WORKSPACE_ID + "/evaluation";

    private WorkspaceRoutes() {
    }

    public static String overview(long workspaceId) {
        return "workspace/" + workspaceId;
    }

    public static String trialActions(long workspaceId) {
        return overview(workspaceId) + "/trial-actions";
    }

    public static String newTrialAction(long workspaceId) {
        return trialActions(workspaceId) + "/new";
    }

    public static String trialAction(long trialActionId) {
        return "trial-actions/" + trialActionId;
    }

    public static String notes(long workspaceId) {
        return overview(workspaceId) + "/notes";
    }

    /** The notes list with one note open. */
    public static String note(long workspaceId, long noteId) {
        return notes(workspaceId) + "?note=" + noteId;
    }

    public static String intervention(long workspaceId) {
        return overview(workspaceId) + "/intervention";
    }

    public static String selfEvaluation(long workspaceId) {
        return overview(workspaceId) + "/self-evaluation";
    }

    /** The self-evaluation of one quarter, e.g. "2026-3". */
    public static String selfEvaluation(long workspaceId, String quarterKey) {
        return selfEvaluation(workspaceId) + "?quarter=" + quarterKey;
    }

    /** What the evaluation needs from the organisation ("Til evalueringen"). */
    public static String evaluation(long workspaceId) {
        return overview(workspaceId) + "/evaluation";
    }

    public static String changes(long workspaceId) {
        return overview(workspaceId) + "/changes";
    }
}
