/**
 * Maturation projects, their phases, and the organisations taking part. A workspace is an
 * organisation's workspace in a project; {@link dk.modningsportal.project.WorkspaceAccess} decides
 * who may read and write it, and every other capability asks it.
 * Other modules read projects and workspaces through {@link dk.modningsportal.project.ProjectQueries}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "base::ui", "organisation", "security"})
package dk.modningsportal.project;
