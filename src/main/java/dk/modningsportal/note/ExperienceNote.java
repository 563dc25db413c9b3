package dk.modningsportal.note;

import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

import dk.modningsportal.base.ChangeStamp;
import dk.modningsportal.base.ShareableEntity;
import dk.modningsportal.intervention.CoreElement;
import dk.modningsportal.intervention.InterventionVersion;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.security.UserAccount;
import dk.modningsportal.trialaction.TrialAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Deleting only marks it (deleted_at): for a few minutes it can be undone; every query of it skips deleted ones. */
@Entity
@Table(name = "experience_note")
@SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "deleted_at")
public class ExperienceNote extends ShareableEntity implements ChangeStamp {

    public static final int SUMMARY_MAX = 300;
    public static final int DETAILS_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id", nullable = false)
    private Workspace workspace;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "intervention_version_id", nullable = false)
    private InterventionVersion interventionVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "core_element_id")
    private CoreElement coreElement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "trial_action_id")
    private TrialAction trialAction;

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

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false)
    private UserAccount createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "updated_by_id", nullable = false)
    private UserAccount updatedBy;

    protected ExperienceNote() {
    }

    public ExperienceNote(Workspace workspace, UserAccount createdBy, Instant createdAt) {
        this.workspace = workspace;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
    }

    void write(String summary, String details, NoteKind kind, NoteSource source, CoreElement coreElement,
            InterventionVersion version, TrialAction trialAction) {
        this.summary = summary;
        this.details = details;
        this.kind = kind;
        this.source = source;
        this.coreElement = coreElement;
        this.interventionVersion = version;
        this.trialAction = trialAction;
    }

    void touch(UserAccount by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Workspace getWorkspace() {
        return workspace;
    }

    public InterventionVersion getInterventionVersion() {
        return interventionVersion;
    }

    public CoreElement getCoreElement() {
        return coreElement;
    }

    public TrialAction getTrialAction() {
        return trialAction;
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

    public UserAccount getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public UserAccount getUpdatedBy() {
        return updatedBy;
    }

    @Override
    public Long getChangedById() {
        return updatedBy.getId();
    }

    @Override
    public Instant getChangedAt() {
        return updatedAt;
    }
}
