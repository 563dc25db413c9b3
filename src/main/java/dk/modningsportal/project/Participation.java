package dk.modningsportal.project;

import dk.modningsportal.base.AbstractEntity;
import dk.modningsportal.organisation.Organisation;
import dk.modningsportal.security.UserAccount;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** An organisation taking part in a project: its workspace there, followed by one consultant. */
@Entity
@Table(name = "participation")
public class Participation extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consultant_id")
    private UserAccount consultant;

    protected Participation() {
    }

    public Participation(Project project, Organisation organisation, UserAccount consultant) {
        this.project = Objects.requireNonNull(project);
        this.organisation = Objects.requireNonNull(organisation);
        this.consultant = consultant;
    }

    public Project getProject() {
        return project;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public UserAccount getConsultant() {
        return consultant;
    }
}
