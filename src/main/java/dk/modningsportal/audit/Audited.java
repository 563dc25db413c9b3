package dk.modningsportal.audit;

/**
 * An act for the audit log, published by the capability that did it, inside its own transaction: the
 * audit capability writes it in that same transaction (so an act that rolls back leaves no entry) and adds
 * who did it and from where. {@code organisationId} is the organisation the act is about, so that
 * organisation's leader can read it; {@code before}/{@code after} hold changed values. The actor is the
 * signed-in person unless named here (a sign-in, where nobody is signed in yet).
 */
public record Audited(AuditAction action, String targetType, Long targetId, String targetLabel, Long organisationId,
        String before, String after, Long actorId, String actorName) {

    public static final String ACCOUNT = "ACCOUNT";
    public static final String ORGANISATION = "ORGANISATION";
    public static final String PROJECT = "PROJECT";

    public static Audited of(AuditAction action, String targetType, Long targetId, String targetLabel,
            Long organisationId) {
        return new Audited(action, targetType, targetId, targetLabel, organisationId, null, null, null, null);
    }

    public Audited change(Object beforeValue, Object afterValue) {
        return new Audited(action, targetType, targetId, targetLabel, organisationId, text(beforeValue),
                text(afterValue), actorId, actorName);
    }

    public Audited by(Long id, String name) {
        return new Audited(action, targetType, targetId, targetLabel, organisationId, before, after, id, name);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
