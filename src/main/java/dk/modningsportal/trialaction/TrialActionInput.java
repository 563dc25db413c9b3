package dk.modningsportal.trialaction;

import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.security.UserDirectory.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A trial action as a form edits it. The service checks it and applies it to the stored entity;
 * {@link #getVersion()} is the stored version the user started from, so a concurrent change is seen.
 */
public class TrialActionInput {

    public static final String TITLE = "title";
    public static final String GOAL = "goal";
    public static final String PLANNED_ACTIVITY = "plannedActivity";
    public static final String RESPONSIBLE = "responsible";
    public static final String INVOLVED = "involved";
    public static final String START_DATE = "startDate";
    public static final String END_DATE = "endDate";
    public static final String CORE_ELEMENTS = "coreElements";
    public static final String INTERVENTION_VERSION = "interventionVersion";
    public static final String STATUS = "status";
    public static final String OUTCOME = "outcome";
    public static final String LEARNING = "learning";
    public static final String DECISION = "decision";
    public static final String NEXT_STEP = "nextStep";
    public static final String ADAPTATION_PLANNING = "adaptationPlanning";
    public static final String ADAPTATION_DECIDED_BY = "adaptationDecidedBy";
    public static final String ADAPTATION_WHAT = "adaptationWhat";
    public static final String ADAPTATION_FIDELITY = "adaptationFidelity";
    public static final String ADAPTATION_REASON = "adaptationReason";

    private Long id;
    private long version;
    private long workspaceId;
    private TrialActionStatus storedStatus;
    private String title;
    private String goal;
    private String plannedActivity;
    private Person responsible;
    private String involved;
    private LocalDate startDate;
    private LocalDate endDate;
    private Set<CoreElementRef> coreElements = new LinkedHashSet<>();
    private VersionRef interventionVersion;
    private TrialActionStatus status = TrialActionStatus.PLANNED;
    private String outcome;
    private String learning;
    private TrialDecision decision;
    private String nextStep;
    private AdaptationPlanning adaptationPlanning;
    private AdaptationDecider adaptationDecidedBy;
    private String adaptationWhat;
    private FidelityConsistency adaptationFidelity;
    private String adaptationReason;
    private String createdByName;
    private String updatedByName;
    private Instant updatedAt;

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    /** Accept the stored version as the base, to re-apply this text on top of someone else's change. */
    public void setVersion(long version) {
        this.version = version;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    void setWorkspaceId(long workspaceId) {
        this.workspaceId = workspaceId;
    }

    /** The status as stored, which decides the statuses the form may offer. */
    public TrialActionStatus getStoredStatus() {
        return storedStatus;
    }

    void setStoredStatus(TrialActionStatus storedStatus) {
        this.storedStatus = storedStatus;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getPlannedActivity() {
        return plannedActivity;
    }

    public void setPlannedActivity(String plannedActivity) {
        this.plannedActivity = plannedActivity;
    }

    public Person getResponsible() {
        return responsible;
    }

    public void setResponsible(Person responsible) {
        this.responsible = responsible;
    }

    public String getInvolved() {
        return involved;
    }

    public void setInvolved(String involved) {
        this.involved = involved;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Set<CoreElementRef> getCoreElements() {
        return coreElements;
    }

    public void setCoreElements(Set<CoreElementRef> coreElements) {
        this.coreElements = coreElements == null ? new LinkedHashSet<>() : new LinkedHashSet<>(coreElements);
    }

    public VersionRef getInterventionVersion() {
        return interventionVersion;
    }

    public void setInterventionVersion(VersionRef interventionVersion) {
        this.interventionVersion = interventionVersion;
    }

    public TrialActionStatus getStatus() {
        return status;
    }

    public void setStatus(TrialActionStatus status) {
        this.status = status;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getLearning() {
        return learning;
    }

    public void setLearning(String learning) {
        this.learning = learning;
    }

    public TrialDecision getDecision() {
        return decision;
    }

    public void setDecision(TrialDecision decision) {
        this.decision = decision;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    public AdaptationPlanning getAdaptationPlanning() {
        return adaptationPlanning;
    }

    public void setAdaptationPlanning(AdaptationPlanning adaptationPlanning) {
        this.adaptationPlanning = adaptationPlanning;
    }

    public AdaptationDecider getAdaptationDecidedBy() {
        return adaptationDecidedBy;
    }

    public void setAdaptationDecidedBy(AdaptationDecider adaptationDecidedBy) {
        this.adaptationDecidedBy = adaptationDecidedBy;
    }

    public String getAdaptationWhat() {
        return adaptationWhat;
    }

    public void setAdaptationWhat(String adaptationWhat) {
        this.adaptationWhat = adaptationWhat;
    }

    public FidelityConsistency getAdaptationFidelity() {
        return adaptationFidelity;
    }

    public void setAdaptationFidelity(FidelityConsistency adaptationFidelity) {
        this.adaptationFidelity = adaptationFidelity;
    }

    public String getAdaptationReason() {
        return adaptationReason;
    }

    public void setAdaptationReason(String adaptationReason) {
        this.adaptationReason = adaptationReason;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    void setCreatedByName(String createdByName) {
        this.createdByName = createdByName;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    void setUpdatedByName(String updatedByName) {
        this.updatedByName = updatedByName;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
