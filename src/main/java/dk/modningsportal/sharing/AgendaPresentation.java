package dk.modningsportal.sharing;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A team's reflection presentation on an agenda item: the ids of the trial actions and notes it shows (other
 * modules' rows, named by id only). The slides are made from them when downloaded.
 */
@Entity
@Table(name = "agenda_presentation")
class AgendaPresentation extends AbstractEntity {

    @Column(name = "agenda_item_id", nullable = false)
    private long agendaItemId;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "attached_by_id", nullable = false)
    private long attachedById;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    @ElementCollection
    @CollectionTable(name = "agenda_presentation_trial_action", joinColumns = @JoinColumn(name = "presentation_id"))
    @OrderColumn(name = "position")
    @Column(name = "trial_action_id")
    private List<Long> trialActionIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agenda_presentation_note", joinColumns = @JoinColumn(name = "presentation_id"))
    @OrderColumn(name = "position")
    @Column(name = "note_id")
    private List<Long> noteIds = new ArrayList<>();

    protected AgendaPresentation() {
    }

    AgendaPresentation(long agendaItemId, long workspaceId) {
        this.agendaItemId = agendaItemId;
        this.workspaceId = workspaceId;
    }

    /** What the team puts on the item now, replacing what it put there before. */
    void show(List<Long> trialActions, List<Long> notes, long byId, Instant at) {
        trialActionIds.clear();
        trialActionIds.addAll(trialActions);
        noteIds.clear();
        noteIds.addAll(notes);
        attachedById = byId;
        attachedAt = at;
    }

    long getAgendaItemId() {
        return agendaItemId;
    }

    long getWorkspaceId() {
        return workspaceId;
    }

    long getAttachedById() {
        return attachedById;
    }

    Instant getAttachedAt() {
        return attachedAt;
    }

    /** A deleted item's row is gone from the list table (the database cascades), leaving a gap read as null. */
    List<Long> getTrialActionIds() {
        return trialActionIds.stream().filter(Objects::nonNull).toList();
    }

    List<Long> getNoteIds() {
        return noteIds.stream().filter(Objects::nonNull).toList();
    }
}
