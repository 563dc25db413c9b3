package dk.modningsportal.note;

import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

import dk.modningsportal.base.ShareableEntity;
import dk.modningsportal.project.WorkspaceRef;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** Deleting only marks it (deleted_at): for a few minutes it can be undone; every query of it skips deleted ones. */
@Entity
@Table(name = "experience_note")
@SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "deleted_at")
/* Who changed it last and when, in the columns it has always had. */
@AttributeOverride(name = "changedById", column = @Column(name = "updated_by_id", nullable = false))
@AttributeOverride(name = "changedAt", column = @Column(name = "updated_at", nullable = false))
public class ExperienceNote extends ShareableEntity {

    public static final int SUMMARY_MAX = 300;
    public static final int DETAILS_MAX = 4000;

    /** The workspace it belongs to (the project module's, by id, with its project and organisation). */
    @Embedded
    private WorkspaceRef workspace;

    /** The version it was written in, and the core element it is about (the intervention module's, by id). */
    @Column(name = "intervention_version_id", nullable = false)
    private long interventionVersionId;

    @Column(name = "core_element_id")
    private Long coreElementId;

    /** The trial action the note came from, of the same workspace (the trial action module's, by id). */
    @Column(name = "trial_action_id")
    private Long trialActionId;

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(name = "details", length = DETAILS_MAX)
    private String details;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private NoteKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 30)
    private NoteSource source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Who wrote it (an account of the security module, by id; named as they are called now). */
    @Column(name = "created_by_id", nullable = false)
    private long createdById;

    protected ExperienceNote() {
    }

    public ExperienceNote(WorkspaceRef workspace, long createdById, Instant createdAt) {
        this.workspace = workspace;
        this.createdById = createdById;
        this.createdAt = createdAt;
        changedBy(createdById, createdAt);
    }

    void write(String summary, String details, NoteKind kind, NoteSource source, Long coreElementId,
            long interventionVersionId, Long trialActionId) {
        this.summary = summary;
        this.details = details;
        this.kind = kind;
        this.source = source;
        this.coreElementId = coreElementId;
        this.interventionVersionId = interventionVersionId;
        this.trialActionId = trialActionId;
    }

    public WorkspaceRef getWorkspace() {
        return workspace;
    }

    public long getInterventionVersionId() {
        return interventionVersionId;
    }

    public Long getCoreElementId() {
        return coreElementId;
    }

    public Long getTrialActionId() {
        return trialActionId;
    }

    public String getSummary() {
        return summary;
    }

    public String getDetails() {
        return details;
    }

    public NoteKind getKind() {
        return kind;
    }

    public NoteSource getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getCreatedById() {
        return createdById;
    }

}
