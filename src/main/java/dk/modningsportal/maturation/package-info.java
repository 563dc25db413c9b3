/**
 * The maturation loop: consultants gather a trial round's notes and evaluated trial actions on a
 * workshop board, group them into themes, record decisions that fill the next version's draft, and
 * publish it; each workspace then sees what changed and why.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "base::ui", "export", "intervention", "live::ui", "note", "note::ui", "notification",
        "organisation", "plan", "project", "project::ui", "search", "security", "trialaction"})
package dk.modningsportal.maturation;
