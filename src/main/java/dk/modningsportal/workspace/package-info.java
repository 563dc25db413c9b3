/**
 * The workspace pages that bring capabilities together: the landing page after login and a
 * workspace's overview of its trial actions and notes. Nothing depends on this package.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "activity::ui", "audit", "base", "base::ui", "comment", "export", "intervention", "live::ui", "maturation",
        "meeting", "note", "organisation", "plan", "plan::ui", "project", "project::ui", "security", "trialaction"})
package dk.modningsportal.workspace;
