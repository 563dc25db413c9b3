package dk.modningsportal.maturation;

import dk.modningsportal.maturation.BoardItem.ItemRef;
import dk.modningsportal.maturation.BoardItem.ItemType;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteQueries;
import dk.modningsportal.trialaction.TrialActionQueries;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the workshop's items are, read from the note and trial-action modules by the items' ids in two queries:
 * whose workspace and organisation, the text, the note's kind, whether shared with the project.
 */
@Component
@Transactional(readOnly = true)
class ItemFacts {

    /** One item as the change log and the themes' standing need it; {@code kind} is null for a trial action. */
    record Facts(ItemRef ref, long workspaceId, long organisationId, String organisationName, String text,
            NoteKind kind, boolean shared) {
    }

    private final NoteQueries notes;
    private final TrialActionQueries trialActions;

    ItemFacts(NoteQueries notes, TrialActionQueries trialActions) {
        this.notes = notes;
        this.trialActions = trialActions;
    }

    Map<ItemRef, Facts> of(Collection<WorkshopItem> items) {
        List<Long> noteIds = items.stream().map(WorkshopItem::ref).filter(r -> r.type() == ItemType.NOTE)
                .map(ItemRef::id).toList();
        List<Long> trialActionIds = items.stream().map(WorkshopItem::ref).filter(r -> r.type() == ItemType.TRIAL_ACTION)
                .map(ItemRef::id).toList();
        Map<ItemRef, Facts> facts = new HashMap<>();
        notes.facts(noteIds).forEach(n -> facts.put(new ItemRef(ItemType.NOTE, n.id()), new Facts(
                new ItemRef(ItemType.NOTE, n.id()), n.workspaceId(), n.organisationId(), n.organisationName(), n.summary(),
                n.kind(), n.shared())));
        trialActions.facts(trialActionIds).forEach(t -> facts.put(new ItemRef(ItemType.TRIAL_ACTION, t.id()), new Facts(
                new ItemRef(ItemType.TRIAL_ACTION, t.id()), t.workspaceId(), t.organisationId(), t.organisationName(),
                t.title(), null, t.shared())));
        return facts;
    }
}
