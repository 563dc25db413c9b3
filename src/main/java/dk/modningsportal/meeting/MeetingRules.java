package dk.modningsportal.meeting;

import dk.modningsportal.project.WorkspacePeople;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.meeting.MeetingService.ItemRow;
import dk.modningsportal.meeting.MeetingService.MeetingDetails;
import dk.modningsportal.meeting.MeetingService.OrganisationRef;
import dk.modningsportal.meeting.MeetingService.OutcomeRow;
import dk.modningsportal.notification.Notice;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.plan.ParticipantGroup;
import dk.modningsportal.plan.ActivityFacts;
import dk.modningsportal.plan.PlanActivities;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.ProjectScope;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserDirectory.Reader;
import dk.modningsportal.security.UserDirectory;
import java.util.stream.Collectors;
import java.util.Objects;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Meetings. The organisers are the project's consultants, and for a local meeting also the organisation's
 * project leader: they keep the agenda, the time and place, and the minutes. Everyone invited reads the
 * meeting and may propose agenda items. Publishing the minutes puts their outcomes to work: follow-ups
 * appear in the responsible person's workspace, experience notes and proposed changes join the
 * organisation's notes (and so the maturation board).
 */
/**
 * What every meeting act shares: who may read and who organises a meeting (the project's consultants, and
 * for a local meeting the organisation's project leader), who is invited, and how a meeting reads.
 */
@Component
class MeetingRules {

    private static final Logger log = LoggerFactory.getLogger(MeetingRules.class);

    private final MeetingRepository meetings;

    private final WorkspacePeople workspacePeople;
    private final ProjectQueries projects;
    private final WorkspaceAccess workspaceAccess;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final OrganisationService organisations;
    private final PlanActivities planActivities;

    MeetingRules(MeetingRepository meetings, ProjectQueries projects, WorkspaceAccess workspaceAccess,
            UserDirectory userDirectory, CurrentUser currentUser, Clock clock, OrganisationService organisations,
            WorkspacePeople workspacePeople, PlanActivities planActivities) {
        this.planActivities = planActivities;
        this.workspacePeople = workspacePeople;
        this.organisations = organisations;
        this.meetings = meetings;
        this.projects = projects;
        this.workspaceAccess = workspaceAccess;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The plan activity the meeting is held on (a meeting's activity is removed only with it). */
    ActivityFacts activityOf(Meeting meeting) {
        return planActivities.activity(meeting.getActivityId()).orElseThrow(() -> notFound(meeting.getActivityId()));
    }

    /** The plan activities these meetings are held on, by id, read at once (later reads of one find it loaded). */
    Map<Long, ActivityFacts> activitiesOf(java.util.Collection<Meeting> meetings) {
        return planActivities.activities(meetings.stream().map(Meeting::getActivityId).collect(Collectors.toSet()));
    }

    /** The plan activity with this id, if it is one a meeting can be held on. */
    ActivityFacts meetingActivity(long activityId) {
        ActivityFacts activity = planActivity(activityId);
        if (!activity.kind().isMeeting()) {
            throw new NotFoundException("error.meetingRefused", "No meeting activity " + activityId);
        }
        return activity;
    }

    ActivityFacts planActivity(long activityId) {
        return planActivities.activity(activityId)
                .orElseThrow(() -> new NotFoundException("error.meetingRefused", "No activity " + activityId));
    }

    MeetingDetails details(Meeting meeting, PortalUser me) {
        ActivityFacts activity = activityOf(meeting);
        boolean organiser = isOrganiser(me, meeting);
        List<Reader> invitees = invitees(meeting);
        // Internal items are the organisers' alone: not in anyone else's view, PDF or follow-ups.
        Map<Long, String> responsible = userDirectory.displayNamesOf(meeting.getItems().stream()
                .flatMap(i -> i.getOutcomes().stream()).map(MeetingOutcome::getResponsibleId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<ItemRow> items = meeting.getItems().stream()
                .filter(i -> organiser || !i.isInternal())
                .map(i -> new ItemRow(i.getId() == null ? 0 : i.getId(), i.getVersion(), i.getTitle(), i.getOwnerName(),
                        i.getMinutes(), i.isInternal(), i.isProposed(), i.getProposedBy(), i.getMinutesText(),
                        i.getOutcomes().stream().map(o -> new OutcomeRow(o.getId() == null ? 0 : o.getId(), o.getKind(),
                                o.getText(), o.getResponsibleId() == null ? null : responsible.get(o.getResponsibleId()),
                                o.getDueDate(), organisationName(o.getOrganisationId()),
                                o.getNoteId(), o.isDone())).toList()))
                .toList();
        List<OrganisationRef> participants = projects.workspacesOf(meeting.getProjectId()).stream()
                .filter(p -> meeting.getOrganisationId() == null || p.organisationId() == meeting.getOrganisationId())
                .map(p -> new OrganisationRef(p.organisationId(), p.organisationName()))
                .sorted(java.util.Comparator.comparing(OrganisationRef::name)).toList();
        return new MeetingDetails(meeting.getId() == null ? 0 : meeting.getId(), meeting.getVersion(),
                meeting.getActivityId(), meeting.getOrganisationId(),
                activity.title(), organisationName(meeting.getOrganisationId()),
                activity.kind(), meeting.getStartsAt(), meeting.getDurationMinutes(), meeting.getLocation(),
                meeting.getStatus(), meeting.getPublishedBy(), meeting.getPublishedAt(), items, invitees,
                participants, organiser, meeting.getId() != null && meeting.getStatus() == Meeting.Status.PLANNED
                        && (organiser || invitees.stream().anyMatch(r -> r.id() == me.id())));
    }


    /** The people the plan names as participants, of the meeting's organisation or of every participating one. */
    List<Reader> invitees(Meeting meeting) {
        ActivityFacts activity = activityOf(meeting);
        long projectId = activity.projectId();
        List<Long> organisations = meeting.getOrganisationId() != null ? List.of(meeting.getOrganisationId())
                : activity.local() && activity.organisationId() != null ? List.of(activity.organisationId())
                : projects.organisationIdsOf(projectId);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<ParticipantGroup> groups = activity.participants();
        if (groups.contains(ParticipantGroup.PROJECT_LEADERS)) {
            roles.add(Role.PROJECT_LEADER);
        }
        if (groups.contains(ParticipantGroup.PRACTITIONERS)) {
            roles.add(Role.TEAM_MEMBER);
        }
        if (groups.contains(ParticipantGroup.LEADERS)) {
            roles.add(Role.LEADER);
        }
        Map<Long, Reader> people = new LinkedHashMap<>();
        userDirectory.readersOf(organisations, roles).forEach(r -> people.put(r.id(), r));
        if (groups.contains(ParticipantGroup.CONSULTANTS)) {
            projects.consultantsOf(projectId).forEach(c -> people.putIfAbsent(c.id(), c));
        }
        if (groups.contains(ParticipantGroup.EVALUATORS)) {
            workspacePeople.evaluatorsOf(projectId).forEach(e -> people.putIfAbsent(e.id(), e));
        }
        return new ArrayList<>(people.values());
    }


    /** The organisations taking part in the meeting's project. */
    List<Long> participatingOrganisations(Meeting meeting) {
        return projects.organisationIdsOf(meeting.getProjectId());
    }

    Notice notice(Meeting meeting, NotificationKind kind, String excerpt) {
        return new Notice(kind, meeting.getProjectId(), null, title(meeting), currentUser.require()
                .displayName(), excerpt, link(meeting), "meeting:" + meeting.getId());
    }


    static String link(Meeting meeting) {
        return MeetingService.link(meeting.getActivityId(), meeting.getOrganisationId());
    }


    /** The meeting's title, with the organisation of a local meeting as it is called now. */
    String title(Meeting meeting) {
        return title(meeting, activityOf(meeting));
    }

    String title(Meeting meeting, ActivityFacts activity) {
        return activity.title()
                + (meeting.getOrganisationId() == null ? "" : " · " + organisationName(meeting.getOrganisationId()));
    }

    String organisationName(Long organisationId) {
        return organisationId == null ? null : organisations.nameOf(organisationId);
    }


    Long meetingOrganisation(ActivityFacts activity, Long requested, ProjectScope scope, PortalUser me) {
        if (!activity.local()) {
            return null;
        }
        if (activity.organisationId() != null) {
            if (!scope.allWorkspaces() && activity.organisationId() != me.organisationId()) {
                throw refuse(me, activity.id());
            }
            return activity.organisationId();
        }
        Long organisation = scope.allWorkspaces() ? requested : Long.valueOf(me.organisationId());
        if (organisation == null
                || projects.workspaceIdOf(activity.projectId(), organisation).isEmpty()) {
            throw new ValidationFailedException(Map.of("organisation", "meeting.chooseOrganisation"));
        }
        return organisation;
    }


    boolean isOrganiser(PortalUser me, Meeting meeting) {
        long projectId = meeting.getProjectId();
        if (workspaceAccess.isConsultantOf(projectId)) {
            return true;
        }
        // The evaluator facilitates case visits, evaluation interviews and local experience workshops.
        if (activityOf(meeting).kind().isEvaluationActivity() && workspaceAccess.isEvaluatorOf(projectId)) {
            return true;
        }
        Long local = meeting.getOrganisationId();
        return local != null && me.role() == Role.PROJECT_LEADER && local == me.organisationId();
    }


    boolean canPropose(PortalUser me, Meeting meeting) {
        return isOrganiser(me, meeting) || invitees(meeting).stream().anyMatch(r -> r.id() == me.id());
    }


    Meeting readable(long meetingId, PortalUser me) {
        Meeting meeting = meetings.findWithDetails(meetingId).orElseThrow(() -> notFound(meetingId));
        if (!readableIn(requireScope(meeting.getProjectId()), meeting, me)) {
            throw refuse(me, meetingId);
        }
        return meeting;
    }

    /** A local meeting is its organisation's; the others are every participant's in the project. */
    static boolean readableIn(ProjectScope scope, Meeting meeting, PortalUser me) {
        return scope.allWorkspaces() || meeting.getOrganisationId() == null
                || meeting.getOrganisationId() == me.organisationId();
    }


    Meeting organised(long meetingId, PortalUser me) {
        Meeting meeting = readable(meetingId, me);
        if (!isOrganiser(me, meeting)) {
            throw refuse(me, meetingId);
        }
        workspaceAccess.requireOpenProject(meeting.getProjectId());
        return meeting;
    }


    Meeting organisedDraft(long meetingId, PortalUser me) {
        Meeting meeting = organised(meetingId, me);
        if (meeting.getStatus() == Meeting.Status.PUBLISHED) {
            throw new ValidationFailedException(Map.of("minutes", "meeting.published"));
        }
        return meeting;
    }


    static AgendaItem itemOf(Meeting meeting, long itemId) {
        return meeting.getItems().stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("error.meetingRefused", "No item " + itemId));
    }


    /** The meeting, marked as changed now by the person: a colleague's conflicting save names them. */
    Meeting touched(Meeting meeting, PortalUser me) {
        meeting.changedBy(me.id(), clock.instant());
        return meeting;
    }

    void checkVersion(Meeting meeting, long expectedVersion) {
        if (meeting.getVersion() != expectedVersion) {
            throw userDirectory.conflictWith(meeting);
        }
    }


    ProjectScope requireScope(long projectId) {
        ProjectScope scope = workspaceAccess.projectScope(projectId);
        if (!scope.any()) {
            throw refuse(currentUser.require(), projectId);
        }
        return scope;
    }


    static NotFoundException notFound(long id) {
        return new NotFoundException("error.meetingRefused", "Nothing " + id);
    }


    static AccessRefusedException refuse(PortalUser me, long id) {
        log.warn("Refused meeting {} to {}", id, me);
        return new AccessRefusedException("error.meetingRefused", me + " may not " + id);
    }
}
