package dk.modningsportal.trialaction;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How practice was adjusted after a trial action, documented as implementation research
 * documents adaptations (FRAME: Stirman et al.): planned or not, who decided, what changed,
 * whether it is true to the core elements, and why.
 */
@Embeddable
public class Adaptation {

    public static final int TEXT_MAX = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "adaptation_planning", length = 20)
    private AdaptationPlanning planning;

    @Enumerated(EnumType.STRING)
    @Column(name = "adaptation_decided_by", length = 30)
    private AdaptationDecider decidedBy;

    @Column(name = "adaptation_what", length = TEXT_MAX)
    private String whatChanged;

    @Enumerated(EnumType.STRING)
    @Column(name = "adaptation_fidelity", length = 20)
    private FidelityConsistency fidelity;

    @Column(name = "adaptation_reason", length = TEXT_MAX)
    private String reason;

    protected Adaptation() {
    }

    public Adaptation(AdaptationPlanning planning, AdaptationDecider decidedBy, String whatChanged,
            FidelityConsistency fidelity, String reason) {
        this.planning = planning;
        this.decidedBy = decidedBy;
        this.whatChanged = whatChanged;
        this.fidelity = fidelity;
        this.reason = reason;
    }

    public AdaptationPlanning getPlanning() {
        return planning;
    }

    public AdaptationDecider getDecidedBy() {
        return decidedBy;
    }

    public String getWhatChanged() {
        return whatChanged;
    }

    public FidelityConsistency getFidelity() {
        return fidelity;
    }

    public String getReason() {
        return reason;
    }
}
