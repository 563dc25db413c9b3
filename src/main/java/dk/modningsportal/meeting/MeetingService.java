package dk.modningsportal.meeting;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.DanishTime;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.note.NoteSource;
import dk.modningsportal.notification.Notice;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.organisation.Organisation;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.plan.ParticipantGroup;
import dk.modningsportal.plan.PlanActivity;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.ProjectScope;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserAccount;
import dk.modningsportal.security.UserDirectory.Reader;
import dk.modningsportal.security.UserDirectory;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings. The organisers are the project's consultants, and for a local meeting also the organisation's
 * project leader: they keep the agenda, the time and place, and the minutes. Everyone invited reads the
 * meeting and may propose agenda items. Publishing the minutes puts their outcomes to work: follow-ups
 * appear in the responsible person's workspace, experience notes and proposed changes join the
 * organisation's notes (and so the maturation board).
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
    private final PlanService plans;
    private final OrganisationService organisationService;
    private final WorkspaceAccess workspaceAccess;
    private final UserDirectory userDirectory;
    private final NoteService notes;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, ProjectQueries projects, PlanService plans, OrganisationService organisationService, WorkspaceAccess workspaceAccess,
            UserDirectory userDirectory, NoteService notes, NotificationService notifications, CurrentUser currentUser,
            EntityManager em, Clock clock) {
        this.meetings = meetings;
        this.projects = projects;
        this.plans = plans;
        this.organisationService = organisationService;
        this.workspaceAccess = workspaceAccess;
        this.userDirectory = userDirectory;
        this.notes = notes;
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
        PlanActivity activity = plans.findActivity(activityId).orElse(null);
        if (activity == null || !activity.getKind().isMeeting()) {
            throw new NotFoundException("error.meetingRefused", "No meeting activity " + activityId);
        }
        PortalUser me = currentUser.require();
        ProjectScope scope = requireScope(activity.getProject().getId());
        Long organisation = meetingOrganisation(activity, organisationId, scope, me);
        Meeting meeting = meetings.findOf(activityId, organisation).orElse(null);
        if (meeting == null) {
            Organisation org = organisation == null ? null : organisationService.reference(organisation);
            meeting = new Meeting(activity, org, activity.getStartsOn().atTime(DEFAULT_START).atZone(DanishTime.ZONE).toInstant(),
                    120, locationOf(activity));
            if (isOrganiser(me, meeting)) {
                meeting = meetings.saveAndFlush(meeting);
            } else {
                em.detach(meeting);
            }
        }
        return details(meeting, me);
    }

    /** For a local activity held in each organisation: the organisations whose meeting one may open. */
    @Transactional(readOnly = true)
    public List<OrganisationRef> organisationsOf(long activityId) {
        PlanActivity activity = plans.findActivity(activityId).orElse(null);
        if (activity == null) {
            throw new NotFoundException("error.meetingRefused", "No activity " + activityId);
        }
        ProjectScope scope = requireScope(activity.getProject().getId());
        PortalUser me = currentUser.require();
        return projects.workspacesOf(activity.getProject().getId()).stream()
                .filter(p -> scope.allWorkspaces() || p.getOrganisation().getId() == me.organisationId())
                .map(p -> new OrganisationRef(p.getOrganisation().getId(), p.getOrganisation().getName()))
                .sorted(java.util.Comparator.comparing(OrganisationRef::name)).toList();
    }

    public MeetingDetails reschedule(long meetingId, long expectedVersion, Instant startsAt, int durationMinutes,
            String location) {
        PortalUser me = currentUser.require();
        Meeting meeting = organised(meetingId, me);
        checkVersion(meeting, expectedVersion);
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.checkDate(errors, "startsAt", startsAt == null ? null : startsAt.atZone(DanishTime.ZONE).toLocalDate(), true);
        if (durationMinutes < 5 || durationMinutes > 60 * 16) {
            errors.put("duration", "meeting.durationRange");
        }
        TextRules.check(errors, "location", location, false, 300);
        TextRules.throwIfAny(errors);
        meeting.reschedule(startsAt, durationMinutes, TextRules.trimToNull(location));
        meetings.saveAndFlush(meeting);
        // A change reaches the invited as an invitation again, with the updated calendar file.
        notifications.send(notice(meeting, NotificationKind.MEETING_INVITATION, null),
                invitees(meeting).stream().map(Reader::id).toList());
        return details(meeting, me);
    }

    /** Tells everyone invited, in the portal, with the calendar file a click away. Also after a change. */
    public int invite(long meetingId) {
        PortalUser me = currentUser.require();
        Meeting meeting = organised(meetingId, me);
        Set<Long> told = notifications.send(notice(meeting, NotificationKind.MEETING_INVITATION, null),
                invitees(meeting).stream().map(Reader::id).toList());
        log.info("{} invited {} people to meeting {}", me, told.size(), meetingId);
        return told.size();
    }

    public MeetingDetails useTemplate(long meetingId) {
        PortalUser me = currentUser.require();
        Meeting meeting = organised(meetingId, me);
        if (meeting.getItems().stream().anyMatch(i -> !i.isProposed())) {
            throw new ValidationFailedException(Map.of("template", "meeting.agendaNotEmpty"));
        }
        AgendaTemplates.of(meeting.getActivity().getKind())
                .forEach(i -> meeting.addItem(i.title(), i.owner(), i.minutes(), false, null));
        meetings.saveAndFlush(meeting);
        return details(meeting, me);
    }

    public MeetingDetails saveItem(long meetingId, ItemInput input) {
        PortalUser me = currentUser.require();
        Meeting meeting = organised(meetingId, me);
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
            AgendaItem item = itemOf(meeting, input.id());
            if (item.getVersion() != input.version()) {
                throw new ConcurrentEditException("?", clock.instant(), item.getVersion());
            }
            item.describe(input.title().strip(), TextRules.trimToNull(input.ownerName()), input.minutes(), input.internal());
        }
        meetings.saveAndFlush(meeting);
        return details(meeting, me);
    }

    public MeetingDetails removeItem(long itemId) {
        PortalUser me = currentUser.require();
        AgendaItem item = meetings.findItem(itemId).orElseThrow(() -> notFound(itemId));
        Meeting meeting = organised(item.getMeeting().getId(), me);
        meeting.getItems().remove(item);
        meetings.saveAndFlush(meeting);
        return details(meeting, me);
    }

    /** A participant proposes an agenda item before the meeting; the organisers take it on or not. */
    public MeetingDetails propose(long meetingId, String title) {
        PortalUser me = currentUser.require();
        Meeting meeting = readable(meetingId, me);
        workspaceAccess.requireOpenProject(meeting.getActivity().getProject().getId());
        if (meeting.getStatus() == Meeting.Status.PUBLISHED || !canPropose(me, meeting)) {
            throw new AccessRefusedException("error.meetingRefused", me + " may not propose in " + meetingId);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, "proposal", title, true, AgendaItem.TITLE_MAX);
        TextRules.throwIfAny(errors);
        meeting.addItem(title.strip(), me.displayName(), null, false, me.displayName());
        meetings.saveAndFlush(meeting);
        return details(meeting, me);
    }

    public MeetingDetails acceptProposal(long itemId) {
        PortalUser me = currentUser.require();
        AgendaItem item = meetings.findItem(itemId).orElseThrow(() -> notFound(itemId));
        Meeting meeting = organised(item.getMeeting().getId(), me);
        item.accept();
        meetings.saveAndFlush(meeting);
        return details(meeting, me);
    }

    /** The decision minutes of one item, drafted by the organisers together until published. */
    public MeetingDetails writeMinutes(long itemId, long expectedVersion, String text) {
        PortalUser me = currentUser.require();
        AgendaItem item = meetings.findItem(itemId).orElseThrow(() -> notFound(itemId));
        Meeting meeting = organisedDraft(item.getMeeting().getId(), me);
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("?", clock.instant(), item.getVersion());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, "minutes", text, false, AgendaItem.MINUTES_MAX);
        TextRules.throwIfAny(errors);
        item.writeMinutes(TextRules.trimToNull(text));
        meetings.saveAndFlush(meeting);
        return details(meeting, me);
    }

    public MeetingDetails addOutcome(long itemId, OutcomeInput input) {
        PortalUser me = currentUser.require();
        AgendaItem item = meetings.findItem(itemId).orElseThrow(() -> notFound(itemId));
        Meeting meeting = organisedDraft(item.getMeeting().getId(), me);
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.kind() == null) {
            errors.put("kind", TextRules.REQUIRED);
        }
        TextRules.check(errors, "text", input.text(), true, MeetingOutcome.TEXT_MAX);
        UserAccount responsible = null;
        Organisation organisation = null;
        if (input.kind() == OutcomeKind.FOLLOW_UP) {
            if (input.responsibleId() == null) {
                errors.put("responsible", TextRules.REQUIRED);
            } else if (invitees(meeting).stream().noneMatch(r -> r.id() == input.responsibleId())) {
                errors.put("responsible", "meeting.responsibleNotInvited");
            } else {
                responsible = userDirectory.reference(input.responsibleId());
            }
            if (input.dueDate() == null) {
                errors.put("dueDate", TextRules.REQUIRED);
            }
        }
        if (input.kind() == OutcomeKind.EXPERIENCE_NOTE || input.kind() == OutcomeKind.CHANGE_PROPOSAL) {
            Long orgId = meeting.getOrganisation() != null ? meeting.getOrganisation().getId() : input.organisationId();
            if (orgId == null || projects.workspaceIdOf(meeting.getActivity().getProject().getId(), orgId).isEmpty()) {
                errors.put("organisation", TextRules.REQUIRED);
            } else {
                organisation = organisationService.reference(orgId);
            }
        }
        TextRules.throwIfAny(errors);
        item.getOutcomes().add(new MeetingOutcome(item, input.kind(), input.text().strip(), responsible,
                input.kind() == OutcomeKind.FOLLOW_UP ? input.dueDate() : null, organisation));
        meetings.saveAndFlush(meeting);
        return details(meeting, me);
    }

    public MeetingDetails removeOutcome(long outcomeId) {
        PortalUser me = currentUser.require();
        MeetingOutcome outcome = meetings.findOutcome(outcomeId).orElseThrow(() -> notFound(outcomeId));
        Meeting meeting = organisedDraft(outcome.getItem().getMeeting().getId(), me);
        outcome.getItem().getOutcomes().remove(outcome);
        meetings.saveAndFlush(meeting);
        return details(meeting, me);
    }

    /**
     * Publishes the minutes to everyone invited. The outcomes take effect: notes are written into the
     * organisations' workspaces, and the people responsible for follow-ups are told.
     */
    public MeetingDetails publish(long meetingId, long expectedVersion) {
        PortalUser me = currentUser.require();
        Meeting meeting = organisedDraft(meetingId, me);
        checkVersion(meeting, expectedVersion);
        long projectId = meeting.getActivity().getProject().getId();
        NoteSource source = switch (meeting.getActivity().getKind()) {
            case DIALOGUE_MEETING -> NoteSource.DIALOGUE_MEETING;
            case REFLECTION_MEETING -> NoteSource.REFLECTION_MEETING;
            default -> NoteSource.MEETING;
        };
        for (AgendaItem item : meeting.getItems()) {
            for (MeetingOutcome outcome : item.getOutcomes()) {
                if (outcome.getKind() == OutcomeKind.EXPERIENCE_NOTE || outcome.getKind() == OutcomeKind.CHANGE_PROPOSAL) {
                    long workspaceId = projects.workspaceIdOf(projectId, outcome.getOrganisation().getId())
                            .orElseThrow();
                    NoteKind kind = outcome.getKind() == OutcomeKind.CHANGE_PROPOSAL ? NoteKind.CHANGE_PROPOSAL
                            : NoteKind.WORKS_WELL;
                    outcome.recordedAs(notes.recordFromMeeting(workspaceId, outcome.getText(), kind, source));
                } else if (outcome.getKind() == OutcomeKind.FOLLOW_UP && !item.isInternal()) {
                    notifications.send(notice(meeting, NotificationKind.FOLLOW_UP_ASSIGNED, outcome.getText()),
                            List.of(outcome.getResponsible().getId()));
                }
            }
        }
        meeting.publish(me.displayName(), clock.instant());
        meetings.saveAndFlush(meeting);
        notifications.send(notice(meeting, NotificationKind.MINUTES_PUBLISHED, null),
                invitees(meeting).stream().map(Reader::id).toList());
        log.info("{} published the minutes of meeting {}", me, meetingId);
        return details(meeting, me);
    }

    /** The open follow-ups for the people of a workspace's organisation. */
    @Transactional(readOnly = true)
    public List<FollowUp> followUps(long workspaceId) {
        Workspace workspace = workspaceAccess.requireReadable(workspaceId);
        PortalUser me = currentUser.require();
        return meetings.findOpenFollowUps(workspace.getProject().getId(), workspace.getOrganisation().getId()).stream()
                .filter(o -> !o.getItem().isInternal() || isOrganiser(me, o.getItem().getMeeting()))
                .map(o -> new FollowUp(o.getId(), o.getText(), o.getResponsible().getDisplayName(), o.getDueDate(),
                        o.getItem().getMeeting().getActivity().getTitle(), o.getItem().getMeeting().getActivity().getId(),
                        o.getItem().getMeeting().getOrganisation() == null ? null
                                : o.getItem().getMeeting().getOrganisation().getId(),
                        o.getResponsible().getId() == me.id()))
                .toList();
    }

    /** The responsible person (or an organiser) marks a follow-up done. */
    public void markDone(long outcomeId) {
        PortalUser me = currentUser.require();
        MeetingOutcome outcome = meetings.findOutcome(outcomeId).orElseThrow(() -> notFound(outcomeId));
        Meeting meeting = outcome.getItem().getMeeting();
        workspaceAccess.requireOpenProject(meeting.getActivity().getProject().getId());
        boolean responsible = outcome.getResponsible() != null && outcome.getResponsible().getId() == me.id();
        if (!responsible && !isOrganiser(me, meeting)) {
            throw new AccessRefusedException("error.meetingRefused", me + " may not close follow-up " + outcomeId);
        }
        outcome.markDone(true);
    }

    /** The meeting as an iCalendar file; its UID stays and its SEQUENCE rises with each change, so calendars update. */
    @Transactional(readOnly = true)
    public byte[] ics(long meetingId) {
        return calendarFile(readable(meetingId, currentUser.require()));
    }

    /** Without an access check: for the mail to someone the meeting invited. */
    @Transactional(readOnly = true)
    Optional<byte[]> calendarFileOf(long meetingId) {
        return meetings.findWithDetails(meetingId).map(MeetingService::calendarFile);
    }

    private static byte[] calendarFile(Meeting meeting) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Socialstyrelsen//Modningsportalen//DA");
        VEvent event = new VEvent();
        event.setUid("meeting-" + meeting.getId() + "@modningsportalen");
        event.setSequence(meeting.getSequenceNumber());
        event.setSummary(title(meeting));
        event.setDateStart(Date.from(meeting.getStartsAt()));
        event.setDateEnd(Date.from(meeting.getStartsAt().plus(Duration.ofMinutes(meeting.getDurationMinutes()))));
        event.setLocation(meeting.getLocation());
        StringBuilder agenda = new StringBuilder();
        meeting.getItems().stream().filter(i -> !i.isProposed()).forEach(i -> agenda.append("• ").append(i.getTitle())
                .append(i.getMinutes() == null ? "" : " (" + i.getMinutes() + " min.)").append('\n'));
        event.setDescription(agenda.toString().strip());
        calendar.addEvent(event);
        return Biweekly.write(calendar).go().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** For the PDF: the meeting as its readers may see it. */
    @Transactional(readOnly = true)
    public MeetingDetails details(long meetingId) {
        PortalUser me = currentUser.require();
        return details(readable(meetingId, me), me);
    }

    private MeetingDetails details(Meeting meeting, PortalUser me) {
        boolean organiser = isOrganiser(me, meeting);
        List<Reader> invitees = invitees(meeting);
        // Internal items are the organisers' alone: not in anyone else's view, PDF or follow-ups.
        List<ItemRow> items = meeting.getItems().stream()
                .filter(i -> organiser || !i.isInternal())
                .map(i -> new ItemRow(i.getId() == null ? 0 : i.getId(), i.getVersion(), i.getTitle(), i.getOwnerName(),
                        i.getMinutes(), i.isInternal(), i.isProposed(), i.getProposedBy(), i.getMinutesText(),
                        i.getOutcomes().stream().map(o -> new OutcomeRow(o.getId() == null ? 0 : o.getId(), o.getKind(),
                                o.getText(), o.getResponsible() == null ? null : o.getResponsible().getDisplayName(),
                                o.getDueDate(), o.getOrganisation() == null ? null : o.getOrganisation().getName(),
                                o.getNoteId(), o.isDone())).toList()))
                .toList();
        List<OrganisationRef> organisations = meeting.getOrganisation() != null
                ? List.of(new OrganisationRef(meeting.getOrganisation().getId(), meeting.getOrganisation().getName()))
                : projects.workspacesOf(meeting.getActivity().getProject().getId()).stream()
                        .map(p -> new OrganisationRef(p.getOrganisation().getId(), p.getOrganisation().getName()))
                        .sorted(java.util.Comparator.comparing(OrganisationRef::name)).toList();
        return new MeetingDetails(meeting.getId() == null ? 0 : meeting.getId(), meeting.getVersion(),
                meeting.getActivity().getId(), meeting.getOrganisation() == null ? null : meeting.getOrganisation().getId(),
                meeting.getActivity().getTitle(), meeting.getOrganisation() == null ? null : meeting.getOrganisation().getName(),
                meeting.getActivity().getKind(), meeting.getStartsAt(), meeting.getDurationMinutes(), meeting.getLocation(),
                meeting.getStatus(), meeting.getPublishedBy(), meeting.getPublishedAt(), items, invitees,
                organisations, organiser, meeting.getId() != null && meeting.getStatus() == Meeting.Status.PLANNED
                        && (organiser || invitees.stream().anyMatch(r -> r.id() == me.id())));
    }

    /** The people the plan names as participants, of the meeting's organisation or of every participating one. */
    List<Reader> invitees(Meeting meeting) {
        PlanActivity activity = meeting.getActivity();
        long projectId = activity.getProject().getId();
        List<Long> organisations = meeting.getOrganisation() != null ? List.of(meeting.getOrganisation().getId())
                : activity.isLocal() && activity.getOrganisation() != null ? List.of(activity.getOrganisation().getId())
                : projects.organisationIdsOf(projectId);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<ParticipantGroup> groups = activity.getParticipants();
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
        return new ArrayList<>(people.values());
    }

    private Notice notice(Meeting meeting, NotificationKind kind, String excerpt) {
        return new Notice(kind, meeting.getActivity().getProject().getId(), null, title(meeting), currentUser.require()
                .displayName(), excerpt, link(meeting), "meeting:" + meeting.getId());
    }

    public static String link(long activityId, Long organisationId) {
        return "meetings/" + activityId + (organisationId == null ? "" : "?organisation=" + organisationId);
    }

    private static String link(Meeting meeting) {
        return link(meeting.getActivity().getId(), meeting.getOrganisation() == null ? null : meeting.getOrganisation().getId());
    }

    private static String title(Meeting meeting) {
        return meeting.getActivity().getTitle()
                + (meeting.getOrganisation() == null ? "" : " · " + meeting.getOrganisation().getName());
    }

    private Long meetingOrganisation(PlanActivity activity, Long requested, ProjectScope scope, PortalUser me) {
        if (!activity.isLocal()) {
            return null;
        }
        if (activity.getOrganisation() != null) {
            if (!scope.allWorkspaces() && activity.getOrganisation().getId() != me.organisationId()) {
                throw refuse(me, activity.getId());
            }
            return activity.getOrganisation().getId();
        }
        Long organisation = scope.allWorkspaces() ? requested : Long.valueOf(me.organisationId());
        if (organisation == null
                || projects.workspaceIdOf(activity.getProject().getId(), organisation).isEmpty()) {
            throw new ValidationFailedException(Map.of("organisation", "meeting.chooseOrganisation"));
        }
        return organisation;
    }

    private boolean isOrganiser(PortalUser me, Meeting meeting) {
        long projectId = meeting.getActivity().getProject().getId();
        if (workspaceAccess.isConsultantOf(projectId)) {
            return true;
        }
        Organisation local = meeting.getOrganisation();
        return local != null && me.role() == Role.PROJECT_LEADER && local.getId() == me.organisationId();
    }

    private boolean canPropose(PortalUser me, Meeting meeting) {
        return isOrganiser(me, meeting) || invitees(meeting).stream().anyMatch(r -> r.id() == me.id());
    }

    private Meeting readable(long meetingId, PortalUser me) {
        Meeting meeting = meetings.findWithDetails(meetingId).orElseThrow(() -> notFound(meetingId));
        ProjectScope scope = requireScope(meeting.getActivity().getProject().getId());
        if (!scope.allWorkspaces() && meeting.getOrganisation() != null && meeting.getOrganisation().getId() != me.organisationId()) {
            throw refuse(me, meetingId);
        }
        return meeting;
    }

    private Meeting organised(long meetingId, PortalUser me) {
        Meeting meeting = readable(meetingId, me);
        if (!isOrganiser(me, meeting)) {
            throw refuse(me, meetingId);
        }
        workspaceAccess.requireOpenProject(meeting.getActivity().getProject().getId());
        return meeting;
    }

    private Meeting organisedDraft(long meetingId, PortalUser me) {
        Meeting meeting = organised(meetingId, me);
        if (meeting.getStatus() == Meeting.Status.PUBLISHED) {
            throw new ValidationFailedException(Map.of("minutes", "meeting.published"));
        }
        return meeting;
    }

    private static AgendaItem itemOf(Meeting meeting, long itemId) {
        return meeting.getItems().stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("error.meetingRefused", "No item " + itemId));
    }

    private void checkVersion(Meeting meeting, long expectedVersion) {
        if (meeting.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("?", clock.instant(), meeting.getVersion());
        }
    }

    private ProjectScope requireScope(long projectId) {
        ProjectScope scope = workspaceAccess.projectScope(projectId);
        if (!scope.any()) {
            throw refuse(currentUser.require(), projectId);
        }
        return scope;
    }

    private static String locationOf(PlanActivity activity) {
        return activity.getLocation();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("error.meetingRefused", "Nothing " + id);
    }

    private static AccessRefusedException refuse(PortalUser me, long id) {
        log.warn("Refused meeting {} to {}", id, me);
        return new AccessRefusedException("error.meetingRefused", me + " may not " + id);
    }
}
