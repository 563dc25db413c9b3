package dk.modningsportal.dashboard;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A consultant's progress score for an organisation's work, on IHI's 0.5–5 scale; kept as history. */
@Entity
@Table(name = "progress_score")
public class ProgressScore extends AbstractEntity {

    public static final int NOTE_MAX = 1000;

    /** The organisation's workspace that was scored (the project module's, by id). */
    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "score", nullable = false, precision = 2, scale = 1)
    private BigDecimal score;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    /** The consultant who scored (an account of the security module, by id). */
    @Column(name = "scored_by_id", nullable = false)
    private long scoredById;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected ProgressScore() {
    }

    ProgressScore(long workspaceId, BigDecimal score, String note, long scoredById, Instant scoredAt) {
        this.workspaceId = workspaceId;
        this.score = score;
        this.note = note;
        this.scoredById = scoredById;
        this.scoredAt = scoredAt;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getNote() {
        return note;
    }

    public long getScoredById() {
        return scoredById;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
