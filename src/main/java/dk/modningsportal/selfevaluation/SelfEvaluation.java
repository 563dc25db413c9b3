package dk.modningsportal.selfevaluation;

import dk.modningsportal.base.TrackedEntity;
import dk.modningsportal.project.WorkspaceRef;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** One revision of one organisation's self-evaluation for one quarter. */
@Entity
@Table(name = "self_evaluation")
/* Who changed it last and when, in the columns it has always had. */
@AttributeOverride(name = "changedById", column = @Column(name = "updated_by_id"))
@AttributeOverride(name = "changedAt", column = @Column(name = "updated_at"))
public class SelfEvaluation extends TrackedEntity {

    public static final int TEXT_MAX = 4000;
    public static final int EXPLANATION_MAX = 2000;

    public enum Status {
        DRAFT, SUBMITTED
    }

    /** The workspace it belongs to (the project module's, by id, with its project and organisation). */
    @Embedded
    private WorkspaceRef workspace;

    @Column(name = "eval_year", nullable = false)
    private int year;

    @Column(name = "eval_quarter", nullable = false)
    private int quarter;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.DRAFT;

    @Column(name = "drivers", length = TEXT_MAX)
    private String drivers;

    @Column(name = "barriers", length = TEXT_MAX)
    private String barriers;

    @Column(name = "reflections", length = TEXT_MAX)
    private String reflections;

    /** Who handed it in (an account of the security module, by id). */
    @Column(name = "submitted_by_id")
    private Long submittedById;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "self_evaluation_element", joinColumns = @JoinColumn(name = "self_evaluation_id"))
    @MapKeyColumn(name = "core_element_id")
    private Map<Long, ElementAnswer> elements = new HashMap<>();

    protected SelfEvaluation() {
    }

    SelfEvaluation(WorkspaceRef workspace, Quarter quarter, int revision) {
        this.workspace = workspace;
        this.year = quarter.year();
        this.quarter = quarter.quarter();
        this.revision = revision;
    }

    /** A new draft revision that starts from this submitted one. */
    SelfEvaluation correction() {
        SelfEvaluation next = new SelfEvaluation(workspace, getQuarter(), revision + 1);
        next.drivers = drivers;
        next.barriers = barriers;
        next.reflections = reflections;
        elements.forEach((id, answer) -> next.elements.put(id, new ElementAnswer(answer.getStatus(), answer.getExplanation())));
        return next;
    }

    void submit(long byId, Instant at) {
        status = Status.SUBMITTED;
        submittedById = byId;
        submittedAt = at;
    }

    void setDrivers(String drivers) {
        this.drivers = drivers;
    }

    void setBarriers(String barriers) {
        this.barriers = barriers;
    }

    void setReflections(String reflections) {
        this.reflections = reflections;
    }

    void answer(long coreElementId, ImplementationStatus status, String explanation) {
        if (status == null && explanation == null) {
            elements.remove(coreElementId);
        } else {
            elements.put(coreElementId, new ElementAnswer(status, explanation));
        }
    }

    public WorkspaceRef getWorkspace() {
        return workspace;
    }

    public Quarter getQuarter() {
        return new Quarter(year, quarter);
    }

    public int getRevision() {
        return revision;
    }

    public Status getStatus() {
        return status;
    }

    public String getDrivers() {
        return drivers;
    }

    public String getBarriers() {
        return barriers;
    }

    public String getReflections() {
        return reflections;
    }

    public Long getSubmittedById() {
        return submittedById;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Map<Long, ElementAnswer> getElements() {
        return elements;
    }
}
