package dk.modningsportal.intervention;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Version 1.0, 2.0, 3.0 … of an intervention, each with its trial round (afprøvningsrunde). */
@Entity
@Table(name = "intervention_version")
public class InterventionVersion extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "intervention_id", nullable = false)
    private Intervention intervention;

    @Column(name = "label", nullable = false, length = 20)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private VersionStatus status;

    @Column(name = "trial_start")
    private LocalDate trialStart;

    @Column(name = "trial_end")
    private LocalDate trialEnd;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected InterventionVersion() {
    }

    InterventionVersion(Intervention intervention, String label, VersionStatus status, LocalDate trialStart,
            LocalDate trialEnd, int sortOrder) {
        this.intervention = intervention;
        this.label = label;
        this.status = status;
        this.trialStart = trialStart;
        this.trialEnd = trialEnd;
        this.sortOrder = sortOrder;
    }

    public Intervention getIntervention() {
        return intervention;
    }

    public String getLabel() {
        return label;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public LocalDate getTrialStart() {
        return trialStart;
    }

    public LocalDate getTrialEnd() {
        return trialEnd;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
