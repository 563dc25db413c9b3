package dk.modningsportal.maturation;

import dk.modningsportal.base.AbstractEntity;
import dk.modningsportal.intervention.InterventionVersion;
import dk.modningsportal.project.Project;
import dk.modningsportal.security.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A maturation workshop (modningsworkshop) of a project, about one trial round. */
@Entity
@Table(name = "workshop")
public class Workshop extends AbstractEntity {

    public static final int TITLE_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "intervention_version_id", nullable = false)
    private InterventionVersion round;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false)
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Workshop() {
    }

    Workshop(Project project, InterventionVersion round, String title, LocalDate heldOn, UserAccount createdBy,
            Instant createdAt) {
        this.project = project;
        this.round = round;
        this.title = title;
        this.heldOn = heldOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Project getProject() {
        return project;
    }

    public InterventionVersion getRound() {
        return round;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }
}
