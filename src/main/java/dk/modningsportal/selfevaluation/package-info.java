/**
 * The quarterly self-evaluation: each organisation's project leader, with the team, reports the
 * implementation status per core element, what drives and what hinders it, reflections and the time
 * spent; a submitted form is read-only, and a correction is a new revision. Consultants see every
 * organisation side by side and who is late.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "activity::ui", "base", "base::ui", "evaluation", "evaluation::ui", "intervention", "live::ui", "note",
        "notification", "operations", "organisation", "project", "project::ui", "security", "trialaction"})
package dk.modningsportal.selfevaluation;
