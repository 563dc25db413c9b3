package dk.modningsportal.project;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An organisation taking part in a project: its workspace there, followed by one consultant. */
@Entity
@Table(name = "workspace")
public class Workspace extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    /** The organisation taking part (the organisation module's, by id). */
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    /** The consultant who follows the organisation in the project (an account of the security module, by id). */
    @Column(name = "consultant_id")
    private Long consultantId;

    /** A withdrawn organisation keeps its workspace, read-only. */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** The project leader's choice: the organisation's new notes in this project are shared as they are written. */
    @jakarta.persistence.Column(name = "share_new_notes", nullable = false)
    private boolean shareNewNotes;

    protected Workspace() {
    }

    public Workspace(Project project, long organisationId, Long consultantId) {
        this.project = Objects.requireNonNull(project);
        this.organisationId = organisationId;
        this.consultantId = consultantId;
        if (consultantId != null) {
            project.addConsultant(consultantId);
        }
    }

    void withdraw(Instant at) {
        this.withdrawnAt = at;
    }

    void rejoin() {
        this.withdrawnAt = null;
    }

    void assign(Long newConsultantId) {
        this.consultantId = newConsultantId;
    }

    void shareNewNotes(boolean share) {
        this.shareNewNotes = share;
    }

    public boolean isShareNewNotes() {
        return shareNewNotes;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Content can be written: the organisation takes part and the project is not closed. */
    public boolean isOpen() {
        return withdrawnAt == null && !project.isClosed();
    }

    public Project getProject() {
        return project;
    }

    /** What a row of another module keeps of the workspace it belongs to. */
    public WorkspaceRef ref() {
        return new WorkspaceRef(getId(), project.getId(), organisationId);
    }

    /** Its organisation's id, for modules that need no more of the organisation than that. */
    public long getOrganisationId() {
        return organisationId;
    }

    public Long getConsultantId() {
        return consultantId;
    }
}
