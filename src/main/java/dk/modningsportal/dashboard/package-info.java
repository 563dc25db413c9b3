/**
 * The cross-organisation progress dashboard for consultants, leaders and evaluators: every figure
 * an aggregate query in the database, a constant number of queries however many organisations.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "base::ui", "evaluation", "evaluation::ui", "export", "intervention", "live", "live::ui",
        "maturation", "meeting", "meeting::ui", "note", "organisation", "plan", "project", "security",
        "selfevaluation", "selfevaluation::ui", "trialaction"})
package dk.modningsportal.dashboard;
