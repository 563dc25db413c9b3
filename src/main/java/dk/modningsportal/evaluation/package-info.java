/**
 * The evaluation's data, collected where the work happens: a project's registration measures and each
 * organisation's counts per month or quarter, the evaluator's questionnaires (run in their own survey tool;
 * here only the address, the period and the response counts), and what the evaluator exports. Counts and
 * practice, never citizens; counts from 1 to 4 are shown as "< 5" outside the organisation and its evaluators.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "base", "base::ui", "export", "intervention", "notification", "operations", "organisation", "plan",
        "plan::ui", "project", "project::ui", "security"}, displayName = "Evaluation")
package dk.modningsportal.evaluation;
