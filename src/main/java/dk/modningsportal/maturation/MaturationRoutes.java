package dk.modningsportal.maturation;

import dk.modningsportal.project.WorkspaceRoutes;

/** The workspace's change log: what each maturation workshop changed in the intervention, and why. */
public final class MaturationRoutes {

    public static final String CHANGES = WorkspaceRoutes.OVERVIEW + "/changes";

    private MaturationRoutes() {
    }

    public static String changes(long workspaceId) {
        return WorkspaceRoutes.overview(workspaceId) + "/changes";
    }
}
