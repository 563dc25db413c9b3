package dk.modningsportal.security;

/** The portal's roles. Spring authorities are "ROLE_" + name(). */
public enum Role {
    /** Praktiker in an implementation team. */
    TEAM_MEMBER,
    /** The organisation's project leader / coordinator. */
    PROJECT_LEADER,
    /** An organisation's responsible leader, or Socialstyrelsen's management. */
    LEADER,
    /** Socialstyrelsen consultant (processtøtte). */
    CONSULTANT,
    /** Evaluator, reads across organisations. */
    EVALUATOR,
    ADMIN;

    public static final String ADMIN_NAME = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }
}
