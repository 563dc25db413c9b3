package dk.modningsportal.evaluation;

import java.time.LocalDate;

/**
 * How the portal sees for itself that an organisation delivered a kind of data for a period: another module that
 * holds the data implements it (the self-evaluation does for its forms), so that the evaluation need not depend on it.
 */
public interface DeliveryCheck {

    CollectionKind kind();

    /** Whether the workspace delivered for the period [from, until). */
    boolean delivered(long workspaceId, LocalDate from, LocalDate until);
}
