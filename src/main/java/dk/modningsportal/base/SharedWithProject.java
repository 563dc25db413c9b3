package dk.modningsportal.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a team has shared an item (a trial action, an experience note) with its project's other organisations,
 * by whom and when. Nothing is shared until a team chooses to; withdrawing makes it the organisation's own again.
 * Who shared it is an id: the item's module does not need the person, only to say who it was.
 */
@Embeddable
public class SharedWithProject {

    /** As a form shows it: shared or not, and if so by whom (by name) and when. */
    public record State(boolean shared, String sharedByName, Instant sharedAt) {

        public static final State OWN = new State(false, null, null);
    }

    /**
     * Which shared items of a project: about a core element, in a version, of an organisation (each optional). A
     * module's query names them {@code :projectId}, {@code :coreElementId}, {@code :versionId}, {@code :organisationId}
     * and adds its condition for each one given; {@link #bind} then sets them.
     */
    public record Filter(long projectId, Long coreElementId, Long versionId, Long organisationId) {

        public <Q extends jakarta.persistence.Query> Q bind(Q query) {
            query.setParameter("projectId", projectId);
            if (coreElementId != null) {
                query.setParameter("coreElementId", coreElementId);
            }
            if (versionId != null) {
                query.setParameter("versionId", versionId);
            }
            if (organisationId != null) {
                query.setParameter("organisationId", organisationId);
            }
            return query;
        }
    }

    /**
     * Published by the item's module when a team shares an item or withdraws it (in its transaction): the activity
     * feed and the audit log record it; {@code itemType} is the item's audit name ({@code NOTE}, {@code TRIAL_ACTION}).
     */
    public record Changed(String itemType, long itemId, String label, long workspaceId, long organisationId,
            boolean shared, String link) {
    }

    @Column(name = "shared_at")
    private Instant sharedAt;

    @Column(name = "shared_by_id")
    private Long sharedById;

    public boolean isShared() {
        return sharedAt != null;
    }

    /** Shares (keeping who first shared it and when, if it already is) or withdraws. */
    public void set(boolean share, long byUserId, Instant at) {
        if (!share) {
            this.sharedAt = null;
            this.sharedById = null;
        } else if (!isShared()) {
            this.sharedAt = at;
            this.sharedById = byUserId;
        }
    }

    public Optional<Instant> sharedAt() {
        return Optional.ofNullable(sharedAt);
    }

    public Optional<Long> sharedById() {
        return Optional.ofNullable(sharedById);
    }
}
