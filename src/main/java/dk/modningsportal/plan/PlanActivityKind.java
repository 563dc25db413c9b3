package dk.modningsportal.plan;

/** The kinds of activity in the seeds' plans. */
public enum PlanActivityKind {
    INTRO_CALL(true),
    KICK_OFF(true),
    PLANNING_WORKSHOP(true),
    COMPETENCE_DEVELOPMENT(true),
    DIALOGUE_MEETING(true),
    DEVELOPMENT_MEETING(true),
    PROJECT_LEADER_NETWORK(true),
    TRIAL_ACTION_PERIOD(false),
    REFLECTION_MEETING(true),
    EXPERIENCE_WORKSHOP(true),
    MATURATION_WORKSHOP(true),
    CASE_VISIT(true),
    EVALUATION_INTERVIEW(true),
    CLOSING_WORKSHOP(true),
    FOLLOW_UP_MEETING(true),
    OTHER(false);

    private final boolean meeting;

    PlanActivityKind(boolean meeting) {
        this.meeting = meeting;
    }

    /** The activities an evaluator organises and facilitates: case visits, interviews, local experience workshops. */
    public boolean isEvaluationActivity() {
        return this == CASE_VISIT || this == EVALUATION_INTERVIEW || this == EXPERIENCE_WORKSHOP;
    }

    /** Where the teams present their experience to each other (seeds 002–004): their presentations go on its agenda. */
    public boolean isWhereTeamsPresent() {
        return this == REFLECTION_MEETING || this == PROJECT_LEADER_NETWORK || this == EXPERIENCE_WORKSHOP;
    }

    /** A meeting has an agenda, minutes and attendance (a competence-development day too: who came counts). */
    public boolean isMeeting() {
        return meeting;
    }
}
