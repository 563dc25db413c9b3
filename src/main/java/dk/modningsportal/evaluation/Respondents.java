package dk.modningsportal.evaluation;

/** Who answers a questionnaire. */
public enum Respondents {
    PROFESSIONALS, YOUNG_PEOPLE, CHILDREN, PARENTS, VOLUNTEERS, OTHERS
}
