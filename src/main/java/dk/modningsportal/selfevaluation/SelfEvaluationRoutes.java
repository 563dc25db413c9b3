package dk.modningsportal.selfevaluation;

import dk.modningsportal.project.WorkspaceRoutes;

/** The workspace's quarterly self-evaluation, the current quarter or a chosen one. */
public final class SelfEvaluationRoutes {

    public static final String SELF_EVALUATION = WorkspaceRoutes.OVERVIEW + "/self-evaluation";

    private SelfEvaluationRoutes() {
    }

    public static String selfEvaluation(long workspaceId) {
        return WorkspaceRoutes.overview(workspaceId) + "/self-evaluation";
    }

    /** The self-evaluation of one quarter, e.g. "2026-3". */
    public static String selfEvaluation(long workspaceId, String quarterKey) {
        return selfEvaluation(workspaceId) + "?quarter=" + quarterKey;
    }
}
