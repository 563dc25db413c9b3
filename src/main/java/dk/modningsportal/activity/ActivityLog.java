package dk.modningsportal.activity;

import dk.modningsportal.base.SharedWithProject;
import dk.modningsportal.live.Change;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what people do in a workspace and reads the feed back. The work's own transaction only publishes a
 * {@link WorkspaceActivity}; the entry is written after the commit by {@link #on}, and again after a restart if a
 * node stopped before it was (Spring Modulith's event publication registry).
 */
@Service
@Transactional
public class ActivityLog {

    public record Activity(String actorName, ActivityKind kind, String subject, String link, Instant at) {
    }

    private final ActivityRepository entries;
    private final WorkspaceAccess workspaceAccess;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ActivityLog(ActivityRepository entries, WorkspaceAccess workspaceAccess, UserDirectory userDirectory,
            CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.entries = entries;
        this.workspaceAccess = workspaceAccess;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Called by the services that did the work (and checked access); the link may be null once an item is gone. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long workspaceId, ActivityKind kind, String subject, String link) {
        events.publishEvent(new WorkspaceActivity(workspaceId, currentUser.require().id(), kind, subject, link,
                clock.instant()));
    }

    /** A shared or withdrawn item is in the feed as NOTE_SHARED, TRIAL_ACTION_WITHDRAWN and so on. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SharedWithProject.Changed change) {
        ActivityKind kind = ActivityKind.valueOf(change.itemType() + (change.shared() ? "_SHARED" : "_WITHDRAWN"));
        events.publishEvent(new WorkspaceActivity(change.workspaceId(), currentUser.require().id(), kind,
                change.label(), change.link(), clock.instant()));
    }

    @ApplicationModuleListener
    void on(WorkspaceActivity activity) {
        entries.save(new ActivityEntry(activity.workspaceId(), activity.actorId(),
                activity.kind(), activity.subject(), activity.link(), activity.occurredAt()));
        events.publishEvent(Change.activityIn(activity.workspaceId()));
    }

    @Transactional(readOnly = true)
    public List<Activity> feed(long workspaceId, int max) {
        workspaceAccess.requireReadable(workspaceId);
        List<ActivityEntry> latest = entries.findLatest(workspaceId, PageRequest.of(0, max));
        Map<Long, String> names = userDirectory.displayNamesOf(
                latest.stream().map(ActivityEntry::getActorId).collect(Collectors.toSet()));
        return latest.stream()
                .map(a -> new Activity(names.getOrDefault(a.getActorId(), "?"), a.getKind(), a.getSubject(), a.getLink(),
                        a.getOccurredAt()))
                .toList();
    }
}
