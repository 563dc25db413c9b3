package dk.modningsportal.activity;

import java.time.Instant;

/**
 * That someone did something in a workspace, as the module that did it tells it: ids and the words of the feed,
 * no entities. Stored with that module's change (the event publication registry) and written to the feed after
 * the commit, off the writer's request thread.
 */
public record WorkspaceActivity(long workspaceId, long actorId, ActivityKind kind, String subject, String link,
        Instant occurredAt) {
}
