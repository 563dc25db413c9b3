package dk.modningsportal.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An organisation's count of one measure for one period. Never changed: a correction is a new registration and
 * the earlier one is marked replaced, so the history keeps every figure with who entered it and when.
 */
@Entity
@Table(name = "evaluation_registration")
class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "measure_id", nullable = false)
    private long measureId;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "counted", nullable = false)
    private int counted;

    @Column(name = "entered_by_id", nullable = false)
    private long enteredById;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected Registration() {
    }

    Registration(long measureId, long workspaceId, LocalDate periodStart, int counted, long enteredById,
            Instant enteredAt) {
        this.measureId = measureId;
        this.workspaceId = workspaceId;
        this.periodStart = periodStart;
        this.counted = counted;
        this.enteredById = enteredById;
        this.enteredAt = enteredAt;
    }

    void replace(Instant at) {
        this.replacedAt = at;
    }

    Long getId() {
        return id;
    }

    long getMeasureId() {
        return measureId;
    }

    long getWorkspaceId() {
        return workspaceId;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    int getCounted() {
        return counted;
    }

    long getEnteredById() {
        return enteredById;
    }

    Instant getEnteredAt() {
        return enteredAt;
    }

    Instant getReplacedAt() {
        return replacedAt;
    }
}
