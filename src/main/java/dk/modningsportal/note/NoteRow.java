package dk.modningsportal.note;

import java.time.Instant;

/** One line of the note list; {@code shared}: with the project's other organisations. */
public record NoteRow(long id, String summary, NoteKind kind, NoteSource source, String coreElementName,
        String versionLabel, String trialActionTitle, String authorName, Instant createdAt, boolean shared) {
}
