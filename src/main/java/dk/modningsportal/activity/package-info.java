/** The activity feed of a workspace: who did what, when, written in the same transaction as the work. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base::ui", "live::ui", "project", "security"})
package dk.modningsportal.activity;
