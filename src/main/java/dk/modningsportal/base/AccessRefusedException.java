package dk.modningsportal.base;

/**
 * The current user may not read or change what was asked for. Thrown by services; the UI shows
 * the translated message. It never says whether the item exists, so ids cannot be probed.
 */
public class AccessRefusedException extends RuntimeException {

    private final String messageKey;

    public AccessRefusedException(String messageKey, String logDetail) {
        super(logDetail);
        this.messageKey = messageKey;
    }

    /** Translation key of the message the user sees. */
    public String getMessageKey() {
        return messageKey;
    }
}
