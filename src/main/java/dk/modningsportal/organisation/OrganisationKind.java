package dk.modningsportal.organisation;

public enum OrganisationKind {
    MUNICIPALITY,
    SHELTER,
    ASSOCIATION,
    /** Socialstyrelsen: consultants and national management. */
    NATIONAL_AGENCY,
    /** An evaluator such as VIVE, or Socialstyrelsen's evaluation unit: evaluates the projects it is set on. */
    EVALUATOR
}
