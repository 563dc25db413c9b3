package dk.modningsportal.project;

import java.util.List;

/**
 * What a person may read, in the terms a query filters by: everything; or one organisation's content and the
 * project-wide content (meetings for all, published versions) of its projects; or every organisation's content of
 * some projects ({@code wholeProjects}: those a consultant serves or an evaluator evaluates). {@code organiser}:
 * the internal agenda items of those projects are theirs to read too (a consultant's); {@code projectLeader}: those
 * of the person's own organisation.
 */
public record ReadScope(boolean everything, Long organisationId, List<Long> projectIds, boolean wholeProjects,
        boolean organiser, boolean projectLeader) {

    public static final ReadScope NOTHING = new ReadScope(false, null, List.of(), false, false, false);

    static final ReadScope EVERYTHING = new ReadScope(true, null, List.of(), false, false, false);

    public boolean nothing() {
        return !everything && projectIds.isEmpty();
    }
}
