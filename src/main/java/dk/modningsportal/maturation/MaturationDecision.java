package dk.modningsportal.maturation;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A decision about a theme; it changes the draft of the next version and is its change log. */
@Entity
@Table(name = "maturation_decision")
public class MaturationDecision extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id", nullable = false)
    private WorkshopTheme theme;

    /** The draft version the decision changed (the intervention module's, by id). */
    @Column(name = "target_version_id", nullable = false, updatable = false)
    private long targetVersionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private DecisionKind kind;

    /** The core element it is about, if any (the intervention module's, by id). */
    @Column(name = "core_element_id", updatable = false)
    private Long coreElementId;

    @Column(name = "new_name", length = NAME_MAX)
    private String newName;

    @Column(name = "new_text", length = TEXT_MAX)
    private String newText;

    @Column(name = "reason", nullable = false, length = TEXT_MAX)
    private String reason;

    /** The consultant who recorded the decision (an account of the security module, by id). */
    @Column(name = "decided_by_id", nullable = false)
    private long decidedById;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected MaturationDecision() {
    }

    MaturationDecision(WorkshopTheme theme, long targetVersionId, DecisionKind kind, Long coreElementId,
            String newName, String newText, String reason, long decidedById, Instant decidedAt) {
        this.theme = theme;
        this.targetVersionId = targetVersionId;
        this.kind = kind;
        this.coreElementId = coreElementId;
        this.newName = newName;
        this.newText = newText;
        this.reason = reason;
        this.decidedById = decidedById;
        this.decidedAt = decidedAt;
    }

    public WorkshopTheme getTheme() {
        return theme;
    }

    public long getTargetVersionId() {
        return targetVersionId;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public Long getCoreElementId() {
        return coreElementId;
    }

    public String getNewName() {
        return newName;
    }

    public String getNewText() {
        return newText;
    }

    public String getReason() {
        return reason;
    }

    public long getDecidedById() {
        return decidedById;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
