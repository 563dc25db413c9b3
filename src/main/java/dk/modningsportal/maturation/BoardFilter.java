package dk.modningsportal.maturation;

import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteSource;

/**
 * Filters of the workshop board. {@code versionId} is the round shown (the workshop's by default);
 * a note kind or a source shows notes only; {@code trialActionsOnly} shows evaluated trial actions only.
 */
public record BoardFilter(long versionId, Long organisationId, NoteKind noteKind, NoteSource source,
        boolean trialActionsOnly, boolean newSinceLastWorkshop) {

    public static BoardFilter ofRound(long versionId) {
        return new BoardFilter(versionId, null, null, null, false, false);
    }
}
