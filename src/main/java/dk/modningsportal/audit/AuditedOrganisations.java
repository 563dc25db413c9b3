package dk.modningsportal.audit;

import java.util.List;

/**
 * The organisations an administrator filters the log by and reads its entries' organisations as, contributed by
 * the organisation capability (which itself writes to the log, so the log cannot ask it).
 */
public interface AuditedOrganisations {

    record Named(long id, String name) {
    }

    /** The active organisations by name; for an administrator. */
    List<Named> active();
}
