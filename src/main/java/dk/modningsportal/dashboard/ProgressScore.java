package dk.modningsportal.dashboard;

import dk.modningsportal.base.AbstractEntity;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.security.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A consultant's progress score for an organisation's work, on IHI's 0.5–5 scale; kept as history. */
@Entity
@Table(name = "progress_score")
public class ProgressScore extends AbstractEntity {

    public static final int NOTE_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id", nullable = false)
    private Workspace workspace;

    @Column(name = "score", nullable = false, precision = 2, scale = 1)
    private BigDecimal score;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scored_by_id", nullable = false)
    private UserAccount scoredBy;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected ProgressScore() {
    }

    ProgressScore(Workspace workspace, BigDecimal score, String note, UserAccount scoredBy, Instant scoredAt) {
        this.workspace = workspace;
        this.score = score;
        this.note = note;
        this.scoredBy = scoredBy;
        this.scoredAt = scoredAt;
    }

    public Workspace getWorkspace() {
        return workspace;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getNote() {
        return note;
    }

    public UserAccount getScoredBy() {
        return scoredBy;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
