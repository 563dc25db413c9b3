package dk.modningsportal.base;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * An entity that remembers who changed it last and when, so an edit conflict can name them. The person is
 * kept as an account id (the security module names them, as they are called now).
 */
@MappedSuperclass
public abstract class TrackedEntity extends AbstractEntity implements ChangeStamp {

    @Column(name = "changed_by_id")
    private Long changedById;

    @Column(name = "changed_at")
    private Instant changedAt;

    public void changedBy(long userId, Instant at) {
        this.changedById = userId;
        this.changedAt = at;
    }

    @Override
    public Long getChangedById() {
        return changedById;
    }

    @Override
    public Instant getChangedAt() {
        return changedAt;
    }
}
