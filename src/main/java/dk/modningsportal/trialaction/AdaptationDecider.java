package dk.modningsportal.trialaction;

/** FRAME: who took part in deciding the adaptation. */
public enum AdaptationDecider {
    PRACTITIONER,
    IMPLEMENTATION_TEAM,
    LEADER,
    WITH_CONSULTANT,
    WITH_CITIZENS
}
