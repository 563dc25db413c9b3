package dk.modningsportal.evaluation;

/** What the evaluation collects. Registrations, cost estimates and self-evaluations are seen in the portal itself. */
public enum CollectionKind {
    SELF_EVALUATION, REGISTRATIONS, QUESTIONNAIRE, INTERVIEW, CASE_VISIT, DOCUMENTS, COST_ESTIMATE
}
