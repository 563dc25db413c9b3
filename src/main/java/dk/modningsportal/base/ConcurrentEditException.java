package dk.modningsportal.base;

import java.time.Instant;

/** Someone else saved the item after the user opened it; the user's save was not applied. */
public class ConcurrentEditException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;
    private final long currentVersion;

    public ConcurrentEditException(String changedBy, Instant changedAt, long currentVersion) {
        super("Changed by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentVersion = currentVersion;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** The stored version now; saving again with it applies the user's text on top. */
    public long getCurrentVersion() {
        return currentVersion;
    }
}
