package dk.modningsportal.project;

import java.util.List;

/**
 * What a person may read, in the terms a query filters by: everything; or one organisation's content and the
 * project-wide content (meetings for all, published versions) of its projects; or every organisation's content of
 * the projects a consultant serves. {@code organisersOf}: where internal agenda items are theirs to read too (a
 * consultant's projects, a project leader's own organisation).
 */
public record ReadScope(boolean everything, Long organisationId, List<Long> projectIds, boolean consultant,
        boolean projectLeader) {

    public static final ReadScope NOTHING = new ReadScope(false, null, List.of(), false, false);

    public boolean nothing() {
        return !everything && projectIds.isEmpty();
    }
}
