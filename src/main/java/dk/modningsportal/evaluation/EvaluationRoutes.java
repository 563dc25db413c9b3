package dk.modningsportal.evaluation;

import dk.modningsportal.project.WorkspaceRoutes;

/** What the evaluation needs from an organisation ("Til evalueringen"), in its workspace. */
public final class EvaluationRoutes {

    public static final String EVALUATION = WorkspaceRoutes.OVERVIEW + "/evaluation";

    private EvaluationRoutes() {
    }

    public static String evaluation(long workspaceId) {
        return WorkspaceRoutes.overview(workspaceId) + "/evaluation";
    }
}
