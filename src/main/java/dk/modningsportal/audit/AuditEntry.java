package dk.modningsportal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One recorded act. Immutable: Hibernate never writes an update for it, and nothing deletes it. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    static final int VALUE_MAX = 2000;
    static final int LABEL_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", length = 200)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "target_type", length = 40)
    private String targetType;

    @Column(name = "target_id")
    private Long targetId;

    @Column(name = "target_label", length = LABEL_MAX)
    private String targetLabel;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "address", length = 64)
    private String address;

    @Column(name = "before_value", length = VALUE_MAX)
    private String beforeValue;

    @Column(name = "after_value", length = VALUE_MAX)
    private String afterValue;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorId, String actorName, AuditAction action, String targetType,
            Long targetId, String targetLabel, Long organisationId, String address, String beforeValue,
            String afterValue) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = cut(actorName, 200);
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.targetLabel = cut(targetLabel, LABEL_MAX);
        this.organisationId = organisationId;
        this.address = cut(address, 64);
        this.beforeValue = cut(beforeValue, VALUE_MAX);
        this.afterValue = cut(afterValue, VALUE_MAX);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getTargetLabel() {
        return targetLabel;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getAddress() {
        return address;
    }

    public String getBeforeValue() {
        return beforeValue;
    }

    public String getAfterValue() {
        return afterValue;
    }
}
