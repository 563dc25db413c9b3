/**
 * The intervention being matured: its core elements (kerneelementer) and its versions 1.0, 2.0,
 * 3.0, each trialled in one round. Trial actions and notes refer to both.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "base::ui", "live::ui", "project", "project::ui", "security"})
package dk.modningsportal.intervention;
