package dk.modningsportal.trialaction;

import dk.modningsportal.project.WorkspaceRoutes;

/**
 * The trial actions' addresses: a workspace's list, a new one, one trial action, and one as the project's other
 * organisations read it once shared ("På tværs"), for the views to declare and anyone to link to.
 */
public final class TrialActionRoutes {

    public static final String TRIAL_ACTION_ID = "trialActionId";
    public static final String SHARED_ITEM_ID = "itemId";

    public static final String TRIAL_ACTIONS = WorkspaceRoutes.OVERVIEW + "/trial-actions";
    public static final String NEW_TRIAL_ACTION = TRIAL_ACTIONS + "/new";
    public static final String TRIAL_ACTION = "trial-actions/:" + TRIAL_ACTION_ID;
    public static final String SHARED_TRIAL_ACTION = "shared/trial-actions/:" + SHARED_ITEM_ID;

    private TrialActionRoutes() {
    }

    public static String trialActions(long workspaceId) {
        return WorkspaceRoutes.overview(workspaceId) + "/trial-actions";
    }

    public static String newTrialAction(long workspaceId) {
        return trialActions(workspaceId) + "/new";
    }

    public static String trialAction(long trialActionId) {
        return "trial-actions/" + trialActionId;
    }

    /** A shared trial action; its own team is sent on to it in their workspace. */
    public static String shared(long trialActionId) {
        return "shared/trial-actions/" + trialActionId;
    }
}
