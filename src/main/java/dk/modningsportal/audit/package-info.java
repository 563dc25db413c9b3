/**
 * The audit log: an append-only record of who did what to which account, organisation, project or file,
 * when and from where, written in the transaction of the act. Administrators read it all; an
 * organisation's leader reads what concerns their organisation.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base::ui", "organisation", "security"})
package dk.modningsportal.audit;
