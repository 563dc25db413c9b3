/**
 * The audit log: an append-only record of who did what to which account, organisation, project or file,
 * when and from where, written in the transaction of the act, and the vocabulary every capability tells it in
 * ({@link dk.modningsportal.audit.Audited}, {@link dk.modningsportal.audit.AuditAction}). Administrators read it
 * all; an organisation's leader reads what concerns their organisation. It depends on no capability that writes
 * to it: the signed-in person reaches it as an {@link dk.modningsportal.audit.AuditReader}, the organisations'
 * names as {@link dk.modningsportal.audit.AuditedOrganisations}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base::ui", "export"})
package dk.modningsportal.audit;
