package dk.modningsportal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the feed; written once, never changed. */
@Entity
@Table(name = "activity")
class ActivityEntry {

    static final int SUBJECT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    /** Who did it (an account of the security module, by id; named as they are called now). */
    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private ActivityKind kind;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "link", length = 300)
    private String link;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected ActivityEntry() {
    }

    ActivityEntry(long workspaceId, long actorId, ActivityKind kind, String subject, String link, Instant occurredAt) {
        this.workspaceId = workspaceId;
        this.actorId = actorId;
        this.kind = kind;
        this.subject = subject.length() <= SUBJECT_MAX ? subject : subject.substring(0, SUBJECT_MAX - 1) + "…";
        this.link = link;
        this.occurredAt = occurredAt;
    }

    long getActorId() {
        return actorId;
    }

    ActivityKind getKind() {
        return kind;
    }

    String getSubject() {
        return subject;
    }

    String getLink() {
        return link;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }
}
