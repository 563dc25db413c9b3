package dk.modningsportal.meeting;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** What an agenda item led to: a decision, a follow-up for someone, an experience note or a proposed change. */
@Entity
@Table(name = "meeting_outcome")
public class MeetingOutcome extends AbstractEntity {

    public static final int TEXT_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem item;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private OutcomeKind kind;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    /** Who follows a follow-up up (an account of the security module, by id). */
    @Column(name = "responsible_id")
    private Long responsibleId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /** Whose workspace a note goes to. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "note_id")
    private Long noteId;

    @Column(name = "done", nullable = false)
    private boolean done;

    protected MeetingOutcome() {
    }

    MeetingOutcome(AgendaItem item, OutcomeKind kind, String text, Long responsibleId, LocalDate dueDate,
            Long organisationId) {
        this.item = item;
        this.kind = kind;
        this.text = text;
        this.responsibleId = responsibleId;
        this.dueDate = dueDate;
        this.organisationId = organisationId;
    }

    void recordedAs(long note) {
        this.noteId = note;
    }

    void markDone(boolean isDone) {
        this.done = isDone;
    }

    public AgendaItem getItem() {
        return item;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getNoteId() {
        return noteId;
    }

    public boolean isDone() {
        return done;
    }
}
