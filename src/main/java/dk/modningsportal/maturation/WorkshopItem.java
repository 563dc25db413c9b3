package dk.modningsportal.maturation;

import dk.modningsportal.base.AbstractEntity;
import dk.modningsportal.note.ExperienceNote;
import dk.modningsportal.security.UserAccount;
import dk.modningsportal.trialaction.TrialAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note or an evaluated trial action taken to the workshop, possibly placed in a theme. */
@Entity
@Table(name = "workshop_item")
public class WorkshopItem extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id", nullable = false)
    private Workshop workshop;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "experience_note_id")
    private ExperienceNote note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "trial_action_id")
    private TrialAction trialAction;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_id")
    private WorkshopTheme theme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "taken_by_id", nullable = false)
    private UserAccount takenBy;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected WorkshopItem() {
    }

    WorkshopItem(Workshop workshop, ExperienceNote note, TrialAction trialAction, UserAccount takenBy, Instant takenAt) {
        this.workshop = workshop;
        this.note = note;
        this.trialAction = trialAction;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
    }

    void placeIn(WorkshopTheme newTheme) {
        this.theme = newTheme;
    }

    public ExperienceNote getNote() {
        return note;
    }

    public TrialAction getTrialAction() {
        return trialAction;
    }

    public WorkshopTheme getTheme() {
        return theme;
    }
}
