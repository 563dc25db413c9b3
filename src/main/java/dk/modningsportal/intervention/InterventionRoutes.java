package dk.modningsportal.intervention;

import dk.modningsportal.project.WorkspaceRoutes;

/** The intervention as a workspace reads it: the version in use, its core elements and earlier versions. */
public final class InterventionRoutes {

    public static final String INTERVENTION = WorkspaceRoutes.OVERVIEW + "/intervention";

    private InterventionRoutes() {
    }

    public static String intervention(long workspaceId) {
        return WorkspaceRoutes.overview(workspaceId) + "/intervention";
    }
}
