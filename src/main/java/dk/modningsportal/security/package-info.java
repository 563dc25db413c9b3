/**
 * Who the user is: accounts, roles, login and the current user. What a user may see of a
 * workspace is decided by {@code project.WorkspaceAccess}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "base::ui", "organisation"})
package dk.modningsportal.security;
