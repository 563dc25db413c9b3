package dk.modningsportal.audit;

/**
 * The signed-in person as the audit log needs them (the security capability's user is one): who an entry names
 * as its actor, and how much of the log they read.
 */
public interface AuditReader {

    long id();

    /** Name and user name, as an entry names its actor. */
    String auditName();

    /** Every organisation's entries (an administrator). */
    boolean readsWholeAuditLog();

    /** Their own organisation's entries (a local leader); false for someone who reads none. */
    boolean readsOwnOrganisationsAuditLog();

    long organisationId();

    /** The person chose English (times, actions and texts of the export are then in English). */
    boolean readsEnglish();
}
