package dk.modningsportal.meeting;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.DanishTime;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.plan.ActivityFacts;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.ProjectScope;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory.Reader;
import dk.modningsportal.security.UserDirectory;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of the plan: opening one, its time and place, the invitations and the agenda. The organisers
 * (see {@link MeetingRules}) keep them; everyone invited reads the meeting and may propose agenda items.
 * The minutes are {@link MeetingMinutes}', the follow-ups {@link FollowUps}', the calendar file
 * {@link MeetingCalendar}'s.
 */
@Service
@Transactional
public class MeetingService {

    private static final Logger log = LoggerFactory.getLogger(MeetingService.class);
    private static final LocalTime DEFAULT_START = LocalTime.of(10, 0);

    public record OutcomeRow(long id, OutcomeKind kind, String text, String responsibleName, LocalDate dueDate,
            String organisationName, Long noteId, boolean done) {
    }

    public record ItemRow(long id, long version, String title, String ownerName, Integer minutes, boolean internal,
            boolean proposed, String proposedBy, String minutesText, List<OutcomeRow> outcomes) {
    }

    public record OrganisationRef(long id, String name) {
    }

    public record MeetingDetails(long id, long version, long activityId, Long organisationId, String title,
            String organisationName, dk.modningsportal.plan.PlanActivityKind kind, Instant startsAt, int durationMinutes,
            String location, Meeting.Status status, String publishedBy, Instant publishedAt, List<ItemRow> items,
            List<Reader> invitees, List<OrganisationRef> organisations, boolean organiser, boolean canPropose) {
    }

    public record ItemInput(Long id, long version, String title, String ownerName, Integer minutes, boolean internal) {
    }

    public record OutcomeInput(OutcomeKind kind, String text, Long responsibleId, LocalDate dueDate,
            Long organisationId) {
    }

    /** A follow-up from published minutes, as the responsible person's workspace shows it. */
    public record FollowUp(long id, String text, String responsibleName, LocalDate dueDate, String meetingTitle,
            long activityId, Long meetingOrganisationId, boolean mine) {
    }

    private final MeetingRepository meetings;
    private final ProjectQueries projects;
    private final WorkspaceAccess workspaceAccess;
    private final UserDirectory userDirectory;
    private final MeetingRules rules;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, ProjectQueries projects, WorkspaceAccess workspaceAccess,
            UserDirectory userDirectory, MeetingRules rules, NotificationService notifications, CurrentUser currentUser,
            EntityManager em, Clock clock) {
        this.meetings = meetings;
        this.projects = projects;
        this.workspaceAccess = workspaceAccess;
        this.userDirectory = userDirectory;
        this.rules = rules;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
    }

    /**
     * The meeting of a meeting activity; an organiser opening it the first time prepares it. For a local
     * activity held in each organisation, the organisation is chosen (an organisation's own people always
     * get their own).
     */
    public MeetingDetails open(long activityId, Long organisationId) {
        ActivityFacts activity = rules.meetingActivity(activityId);
        PortalUser me = currentUser.require();
        ProjectScope scope = rules.requireScope(activity.projectId());
        Long organisation = rules.meetingOrganisation(activity, organisationId, scope, me);
        Meeting meeting = meetings.findOf(activityId, organisation).orElse(null);
        if (meeting == null) {
            meeting = new Meeting(activity, organisation,
                    activity.startsOn().atTime(DEFAULT_START).atZone(DanishTime.ZONE).toInstant(), 120, activity.location());
            if (rules.isOrganiser(me, meeting)) {
                meeting = meetings.saveAndFlush(rules.touched(meeting, me));
            } else {
                em.detach(meeting);
            }
        }
        return rules.details(meeting, me);
    }

    /** For a local activity held in each organisation: the organisations whose meeting one may open. */
    @Transactional(readOnly = true)
    public List<OrganisationRef> organisationsOf(long activityId) {
        ActivityFacts activity = rules.planActivity(activityId);
        ProjectScope scope = rules.requireScope(activity.projectId());
        PortalUser me = currentUser.require();
        return projects.workspacesOf(activity.projectId()).stream()
                .filter(p -> scope.allWorkspaces() || p.organisationId() == me.organisationId())
                .map(p -> new OrganisationRef(p.organisationId(), p.organisationName()))
                .sorted(java.util.Comparator.comparing(OrganisationRef::name)).toList();
    }

    public MeetingDetails reschedule(long meetingId, long expectedVersion, Instant startsAt, int durationMinutes,
            String location) {
        PortalUser me = currentUser.require();
        Meeting meeting = rules.organised(meetingId, me);
        rules.checkVersion(meeting, expectedVersion);
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.checkDate(errors, "startsAt", startsAt == null ? null : startsAt.atZone(DanishTime.ZONE).toLocalDate(), true);
        if (durationMinutes < 5 || durationMinutes > 60 * 16) {
            errors.put("duration", "meeting.durationRange");
        }
        TextRules.check(errors, "location", location, false, 300);
        TextRules.throwIfAny(errors);
        meeting.reschedule(startsAt, durationMinutes, TextRules.trimToNull(location));
        meetings.saveAndFlush(rules.touched(meeting, me));
        // A change reaches the invited as an invitation again, with the updated calendar file.
        notifications.send(rules.notice(meeting, NotificationKind.MEETING_INVITATION, null),
                rules.invitees(meeting).stream().map(Reader::id).toList());
        return rules.details(meeting, me);
    }

    /** Tells everyone invited, in the portal, with the calendar file a click away. Also after a change. */
    public int invite(long meetingId) {
        PortalUser me = currentUser.require();
        Meeting meeting = rules.organised(meetingId, me);
        Set<Long> told = notifications.send(rules.notice(meeting, NotificationKind.MEETING_INVITATION, null),
                rules.invitees(meeting).stream().map(Reader::id).toList());
        log.info("{} invited {} people to meeting {}", me, told.size(), meetingId);
        return told.size();
    }

    public MeetingDetails useTemplate(long meetingId) {
        PortalUser me = currentUser.require();
        Meeting meeting = rules.organised(meetingId, me);
        if (meeting.getItems().stream().anyMatch(i -> !i.isProposed())) {
            throw new ValidationFailedException(Map.of("template", "meeting.agendaNotEmpty"));
        }
        AgendaTemplates.of(rules.activityOf(meeting).kind())
                .forEach(i -> meeting.addItem(i.title(), i.owner(), i.minutes(), false, null));
        meetings.saveAndFlush(rules.touched(meeting, me));
        return rules.details(meeting, me);
    }

    public MeetingDetails saveItem(long meetingId, ItemInput input) {
        PortalUser me = currentUser.require();
        Meeting meeting = rules.organised(meetingId, me);
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, "title", input.title(), true, AgendaItem.TITLE_MAX);
        TextRules.check(errors, "owner", input.ownerName(), false, 200);
        if (input.minutes() != null && (input.minutes() < 0 || input.minutes() > 600)) {
            errors.put("minutes", "meeting.minutesRange");
        }
        TextRules.throwIfAny(errors);
        if (input.id() == null) {
            meeting.addItem(input.title().strip(), TextRules.trimToNull(input.ownerName()), input.minutes(),
                    input.internal(), null);
        } else {
            AgendaItem item = MeetingRules.itemOf(meeting, input.id());
            if (item.getVersion() != input.version()) {
                throw userDirectory.conflictWith(item);
            }
            item.describe(input.title().strip(), TextRules.trimToNull(input.ownerName()), input.minutes(), input.internal());
            item.changedBy(me.id(), clock.instant());
        }
        meetings.saveAndFlush(rules.touched(meeting, me));
        return rules.details(meeting, me);
    }

    public MeetingDetails removeItem(long itemId) {
        PortalUser me = currentUser.require();
        AgendaItem item = meetings.findItem(itemId).orElseThrow(() -> MeetingRules.notFound(itemId));
        Meeting meeting = rules.organised(item.getMeeting().getId(), me);
        meeting.getItems().remove(item);
        meetings.saveAndFlush(rules.touched(meeting, me));
        return rules.details(meeting, me);
    }

    /** A participant proposes an agenda item before the meeting; the organisers take it on or not. */
    public MeetingDetails propose(long meetingId, String title) {
        PortalUser me = currentUser.require();
        Meeting meeting = rules.readable(meetingId, me);
        workspaceAccess.requireOpenProject(meeting.getProjectId());
        if (meeting.getStatus() == Meeting.Status.PUBLISHED || !rules.canPropose(me, meeting)) {
            throw new AccessRefusedException("error.meetingRefused", me + " may not propose in " + meetingId);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, "proposal", title, true, AgendaItem.TITLE_MAX);
        TextRules.throwIfAny(errors);
        meeting.addItem(title.strip(), me.displayName(), null, false, me.displayName());
        meetings.saveAndFlush(rules.touched(meeting, me));
        return rules.details(meeting, me);
    }

    public MeetingDetails acceptProposal(long itemId) {
        PortalUser me = currentUser.require();
        AgendaItem item = meetings.findItem(itemId).orElseThrow(() -> MeetingRules.notFound(itemId));
        Meeting meeting = rules.organised(item.getMeeting().getId(), me);
        item.accept();
        meetings.saveAndFlush(rules.touched(meeting, me));
        return rules.details(meeting, me);
    }

    /** For the PDF: the meeting as its readers may see it. */
    @Transactional(readOnly = true)
    public MeetingDetails details(long meetingId) {
        PortalUser me = currentUser.require();
        return rules.details(rules.readable(meetingId, me), me);
    }

    public static String link(long activityId, Long organisationId) {
        return "meetings/" + activityId + (organisationId == null ? "" : "?organisation=" + organisationId);
    }

}
