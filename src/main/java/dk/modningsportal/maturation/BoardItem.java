package dk.modningsportal.maturation;

import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteSource;
import java.time.Instant;
import java.util.List;

/** A note or an evaluated trial action's learning as the board shows it. */
public record BoardItem(ItemRef ref, String organisationName, NoteKind noteKind, String text, String detail,
        NoteSource source, Instant at, List<Long> coreElementIds, boolean taken, Long themeId) {

    public enum ItemType {
        NOTE, TRIAL_ACTION
    }

    public record ItemRef(ItemType type, long id) {
    }
}
