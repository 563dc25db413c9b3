package dk.modningsportal.maturation;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A maturation workshop (modningsworkshop) of a project, about one trial round. */
@Entity
@Table(name = "workshop")
public class Workshop extends AbstractEntity {

    public static final int TITLE_MAX = 200;

    /** The project it is held in (the project module's, by id). */
    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    /** The version whose trial round it is about (the intervention module's, by id). */
    @Column(name = "intervention_version_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    /** The plan activity it is held on (none: a workshop outside the plan); the plan sets its day and title. */
    @Column(name = "plan_activity_id")
    private Long planActivityId;

    /** The consultant who prepared it (an account of the security module, by id). */
    @Column(name = "created_by_id", nullable = false)
    private long createdById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Workshop() {
    }

    Workshop(long projectId, long roundId, String title, LocalDate heldOn, long createdById,
            Instant createdAt) {
        this.projectId = projectId;
        this.roundId = roundId;
        this.title = title;
        this.heldOn = heldOn;
        this.createdById = createdById;
        this.createdAt = createdAt;
    }

    void heldOn(long activityId) {
        this.planActivityId = activityId;
    }

    /** The plan moved or renamed the activity the workshop is held on. */
    void followPlan(String newTitle, LocalDate newDay) {
        this.title = newTitle;
        this.heldOn = newDay;
    }

    public Long getPlanActivityId() {
        return planActivityId;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getRoundId() {
        return roundId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }
}
