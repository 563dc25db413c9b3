package dk.modningsportal.note;

import dk.modningsportal.base.SharedWithProject;
import java.time.Instant;

/**
 * A note as another organisation of the project reads it once shared. {@code own}: the reader may read its
 * workspace anyway (its team, the project's consultants), so it opens there.
 */
public record SharedNote(long id, long projectId, long workspaceId, String organisationName, String summary,
        String details, NoteKind kind, NoteSource source, String coreElementName, String versionLabel,
        String trialActionTitle, Long trialActionId, Instant createdAt, SharedWithProject.State sharing, boolean own) {
}
