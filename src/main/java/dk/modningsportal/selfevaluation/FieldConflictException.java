package dk.modningsportal.selfevaluation;

import java.time.Instant;

/** Someone else changed the same answer after this user last saw it; their answer is kept until the user decides. */
public class FieldConflictException extends RuntimeException {

    private final String storedValue;
    private final String changedBy;
    private final Instant changedAt;

    FieldConflictException(AnswerKey key, String storedValue, String changedBy, Instant changedAt) {
        super("Field " + key.fieldName() + " changed by " + changedBy);
        this.storedValue = storedValue;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String getStoredValue() {
        return storedValue;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
