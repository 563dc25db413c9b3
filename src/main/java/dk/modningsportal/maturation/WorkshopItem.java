package dk.modningsportal.maturation;

import dk.modningsportal.base.AbstractEntity;
import dk.modningsportal.maturation.BoardItem.ItemRef;
import dk.modningsportal.maturation.BoardItem.ItemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A note or an evaluated trial action taken to the workshop, possibly placed in a theme. The note or trial action is
 * another module's: known here by its id, and read through that module's query API ({@link ItemFacts}).
 */
@Entity
@Table(name = "workshop_item")
public class WorkshopItem extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id", nullable = false)
    private Workshop workshop;

    @Column(name = "experience_note_id")
    private Long noteId;

    @Column(name = "trial_action_id")
    private Long trialActionId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_id")
    private WorkshopTheme theme;

    /** Who took it to the board (an account of the security module, by id). */
    @Column(name = "taken_by_id", nullable = false)
    private long takenById;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected WorkshopItem() {
    }

    WorkshopItem(Workshop workshop, ItemRef item, long takenById, Instant takenAt) {
        this.workshop = workshop;
        this.noteId = item.type() == ItemType.NOTE ? item.id() : null;
        this.trialActionId = item.type() == ItemType.TRIAL_ACTION ? item.id() : null;
        this.takenById = takenById;
        this.takenAt = takenAt;
    }

    void placeIn(WorkshopTheme newTheme) {
        this.theme = newTheme;
    }

    /** The note or trial action taken. */
    public ItemRef ref() {
        return noteId != null ? new ItemRef(ItemType.NOTE, noteId) : new ItemRef(ItemType.TRIAL_ACTION, trialActionId);
    }

    public WorkshopTheme getTheme() {
        return theme;
    }
}
