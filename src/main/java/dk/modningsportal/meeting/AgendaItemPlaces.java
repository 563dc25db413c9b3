package dk.modningsportal.meeting;

import dk.modningsportal.plan.ActivityFacts;
import dk.modningsportal.base.DanishTime;
import dk.modningsportal.plan.PlanActivityKind;
import dk.modningsportal.project.ProjectScope;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where other modules put something on a meeting's agenda (a team's reflection presentation): the agenda items a
 * person may read, by id, as small records. Who reads a meeting and its items is this module's rule alone.
 */
@Service
@Transactional(readOnly = true)
public class AgendaItemPlaces {

    /**
     * An agenda item and its meeting, as its reader may see it; {@code teamsPresent}: a meeting where the teams present
     * their experience to each other ({@link PlanActivityKind#isWhereTeamsPresent()}).
     */
    public record AgendaItemPlace(long itemId, long meetingId, long projectId, long activityId,
            Long meetingOrganisationId, boolean teamsPresent, String meetingTitle, Instant startsAt, String itemTitle) {

        public String meetingLink() {
            return MeetingService.link(activityId, meetingOrganisationId);
        }
    }

    private final MeetingRepository meetings;
    private final MeetingRules rules;
    private final CurrentUser currentUser;
    private final Clock clock;

    AgendaItemPlaces(MeetingRepository meetings, MeetingRules rules, CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.rules = rules;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The agenda item, if the person may read its meeting and the item (an internal one only its organisers). */
    public AgendaItemPlace readable(long itemId) {
        PortalUser me = currentUser.require();
        AgendaItem item = meetings.findItem(itemId).orElseThrow(() -> MeetingRules.notFound(itemId));
        Meeting meeting = rules.readable(item.getMeeting().getId(), me);
        if (item.isProposed() || item.isInternal() && !rules.isOrganiser(me, meeting)) {
            throw MeetingRules.refuse(me, itemId);
        }
        return place(meeting, item);
    }

    /**
     * The agenda items of the project's meetings still ahead (or today) where the teams present their experience
     * ({@link PlanActivityKind#isWhereTeamsPresent()}) and that the person may read, by time.
     */
    public List<AgendaItemPlace> ahead(long projectId) {
        PortalUser me = currentUser.require();
        ProjectScope scope = rules.requireScope(projectId);
        Instant today = java.time.LocalDate.now(clock.withZone(DanishTime.ZONE))
                .atStartOfDay(DanishTime.ZONE).toInstant();
        List<Meeting> found = meetings.findOfProject(projectId);
        Map<Long, ActivityFacts> activities = rules.activitiesOf(found);
        return found.stream()
                .filter(m -> m.getStatus() == Meeting.Status.PLANNED && !m.getStartsAt().isBefore(today)
                        && activities.get(m.getActivityId()).kind().isWhereTeamsPresent())
                .filter(m -> MeetingRules.readableIn(scope, m, me))
                .flatMap(m -> m.getItems().stream()
                        .filter(i -> !i.isProposed() && (!i.isInternal() || rules.isOrganiser(me, m)))
                        .sorted(Comparator.comparingInt(AgendaItem::getSortOrder))
                        .map(i -> place(m, i)))
                .toList();
    }

    private AgendaItemPlace place(Meeting meeting, AgendaItem item) {
        ActivityFacts activity = rules.activityOf(meeting);
        return new AgendaItemPlace(item.getId(), meeting.getId(), meeting.getProjectId(), meeting.getActivityId(),
                meeting.getOrganisationId(), activity.kind().isWhereTeamsPresent(),
                rules.title(meeting, activity),
                meeting.getStartsAt(), item.getTitle());
    }
}
