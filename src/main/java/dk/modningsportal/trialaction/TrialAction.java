package dk.modningsportal.trialaction;

import dk.modningsportal.base.ShareableEntity;
import dk.modningsportal.project.WorkspaceRef;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "trial_action")
/* Who changed it last and when, in the columns it has always had. */
@AttributeOverride(name = "changedById", column = @Column(name = "updated_by_id", nullable = false))
@AttributeOverride(name = "changedAt", column = @Column(name = "updated_at", nullable = false))
public class TrialAction extends ShareableEntity {

    public static final int TITLE_MAX = 200;
    public static final int GOAL_MAX = 2000;
    public static final int ACTIVITY_MAX = 2000;
    public static final int INVOLVED_MAX = 500;
    public static final int EVALUATION_MAX = 4000;
    public static final int NEXT_STEP_MAX = 2000;

    /** The workspace it belongs to (the project module's, by id, with its project and organisation). */
    @Embedded
    private WorkspaceRef workspace;

    /** The version it tries, and the core elements it concerns (the intervention module's, by id). */
    @Column(name = "intervention_version_id", nullable = false)
    private long interventionVersionId;

    @ElementCollection
    @CollectionTable(name = "trial_action_core_element", joinColumns = @JoinColumn(name = "trial_action_id"))
    @Column(name = "core_element_id")
    @BatchSize(size = 50)
    private Set<Long> coreElementIds = new HashSet<>();

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "goal", nullable = false, length = GOAL_MAX)
    private String goal;

    @Column(name = "planned_activity", nullable = false, length = ACTIVITY_MAX)
    private String plannedActivity;

    /** The team member responsible (an account of the security module, by id). */
    @Column(name = "responsible_id", nullable = false)
    private long responsibleId;

    @Column(name = "involved", length = INVOLVED_MAX)
    private String involved;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TrialActionStatus status = TrialActionStatus.PLANNED;

    @Column(name = "outcome", length = EVALUATION_MAX)
    private String outcome;

    @Column(name = "learning", length = EVALUATION_MAX)
    private String learning;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 20)
    private TrialDecision decision;

    @Column(name = "next_step", length = NEXT_STEP_MAX)
    private String nextStep;

    @Embedded
    private Adaptation adaptation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Who wrote it and who changed it last (accounts, by id; named as they are called now). */
    @Column(name = "created_by_id", nullable = false)
    private long createdById;

    protected TrialAction() {
    }

    public TrialAction(WorkspaceRef workspace, long createdById, Instant createdAt) {
        this.workspace = workspace;
        this.createdById = createdById;
        this.createdAt = createdAt;
        changedBy(createdById, createdAt);
    }

    void describe(String title, String goal, String plannedActivity, long responsibleId, String involved,
            LocalDate startDate, LocalDate endDate) {
        this.title = title;
        this.goal = goal;
        this.plannedActivity = plannedActivity;
        this.responsibleId = responsibleId;
        this.involved = involved;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    void tries(long interventionVersionId, Collection<Long> coreElementIds) {
        this.interventionVersionId = interventionVersionId;
        this.coreElementIds.clear();
        this.coreElementIds.addAll(coreElementIds);
    }

    void evaluate(String outcome, String learning, TrialDecision decision, String nextStep, Adaptation adaptation) {
        this.outcome = outcome;
        this.learning = learning;
        this.decision = decision;
        this.nextStep = nextStep;
        this.adaptation = adaptation;
    }

    void moveTo(TrialActionStatus newStatus) {
        this.status = newStatus;
    }


    public WorkspaceRef getWorkspace() {
        return workspace;
    }

    public long getInterventionVersionId() {
        return interventionVersionId;
    }

    public Set<Long> getCoreElementIds() {
        return Set.copyOf(coreElementIds);
    }

    public String getTitle() {
        return title;
    }

    public String getGoal() {
        return goal;
    }

    public String getPlannedActivity() {
        return plannedActivity;
    }

    public long getResponsibleId() {
        return responsibleId;
    }

    public String getInvolved() {
        return involved;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public TrialActionStatus getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getLearning() {
        return learning;
    }

    public TrialDecision getDecision() {
        return decision;
    }

    public String getNextStep() {
        return nextStep;
    }

    /** The recorded adaptation, or null when practice was not adjusted. */
    public Adaptation getAdaptation() {
        return adaptation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getCreatedById() {
        return createdById;
    }

}
