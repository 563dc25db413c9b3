package dk.modningsportal.notification;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    static final int SUBJECT_MAX = 300;
    static final int EXCERPT_MAX = 500;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private NotificationKind kind;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "workspace_id")
    private Long workspaceId;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "actor_name", length = 200)
    private String actorName;

    @Column(name = "excerpt", length = EXCERPT_MAX)
    private String excerpt;

    @Column(name = "link", nullable = false, length = 300)
    private String link;

    @Column(name = "group_key", nullable = false, length = 100)
    private String groupKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected Notification() {
    }

    Notification(long recipientId, Notice notice, Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = notice.kind();
        this.projectId = notice.projectId();
        this.workspaceId = notice.workspaceId();
        this.subject = cut(notice.subject(), SUBJECT_MAX);
        this.actorName = notice.actorName();
        this.excerpt = notice.excerpt() == null ? null : cut(notice.excerpt(), EXCERPT_MAX);
        this.link = notice.link();
        this.groupKey = notice.groupKey();
        this.createdAt = createdAt;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void markMailed(Instant at) {
        mailedAt = at;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getActorName() {
        return actorName;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public String getLink() {
        return link;
    }

    public String getGroupKey() {
        return groupKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
