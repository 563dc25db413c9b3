package dk.modningsportal.meeting;

import dk.modningsportal.plan.ActivityFacts;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.meeting.MeetingService.MeetingDetails;
import dk.modningsportal.meeting.MeetingService.OutcomeInput;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.note.NoteSource;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory.Reader;
import dk.modningsportal.security.UserDirectory;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
/**
 * The minutes of a meeting: what was said under each agenda item and its typed outcomes. Publishing puts
 * the outcomes to work: experience notes and proposed changes join the organisation's notes (and so the
 * maturation board), and the people responsible for follow-ups are told.
 */
@Service
@Transactional
public class MeetingMinutes {

    private static final Logger log = LoggerFactory.getLogger(MeetingMinutes.class);

    private final MeetingRepository meetings;
    private final MeetingRules rules;
    private final ProjectQueries projects;
    private final UserDirectory userDirectory;
    private final NoteService notes;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeetingMinutes(MeetingRepository meetings, MeetingRules rules, ProjectQueries projects,
            UserDirectory userDirectory, NoteService notes,
            NotificationService notifications, CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.rules = rules;
        this.projects = projects;
        this.userDirectory = userDirectory;
        this.notes = notes;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The decision minutes of one item, drafted by the organisers together until published. */
    public MeetingDetails writeMinutes(long itemId, long expectedVersion, String text) {
        PortalUser me = currentUser.require();
        AgendaItem item = meetings.findItem(itemId).orElseThrow(() -> MeetingRules.notFound(itemId));
        Meeting meeting = rules.organisedDraft(item.getMeeting().getId(), me);
        if (item.getVersion() != expectedVersion) {
            throw userDirectory.conflictWith(item);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, "minutes", text, false, AgendaItem.MINUTES_MAX);
        TextRules.throwIfAny(errors);
        item.writeMinutes(TextRules.trimToNull(text));
        item.changedBy(me.id(), clock.instant());
        meetings.saveAndFlush(rules.touched(meeting, me));
        return rules.details(meeting, me);
    }


    public MeetingDetails addOutcome(long itemId, OutcomeInput input) {
        PortalUser me = currentUser.require();
        AgendaItem item = meetings.findItem(itemId).orElseThrow(() -> MeetingRules.notFound(itemId));
        Meeting meeting = rules.organisedDraft(item.getMeeting().getId(), me);
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.kind() == null) {
            errors.put("kind", TextRules.REQUIRED);
        }
        TextRules.check(errors, "text", input.text(), true, MeetingOutcome.TEXT_MAX);
        Long responsible = null;
        Long organisation = null;
        if (input.kind() == OutcomeKind.FOLLOW_UP) {
            if (input.responsibleId() == null) {
                errors.put("responsible", TextRules.REQUIRED);
            } else if (rules.invitees(meeting).stream().noneMatch(r -> r.id() == input.responsibleId())) {
                errors.put("responsible", "meeting.responsibleNotInvited");
            } else {
                responsible = input.responsibleId();
            }
            if (input.dueDate() == null) {
                errors.put("dueDate", TextRules.REQUIRED);
            }
        }
        if (input.kind() == OutcomeKind.EXPERIENCE_NOTE || input.kind() == OutcomeKind.CHANGE_PROPOSAL) {
            Long orgId = meeting.getOrganisationId() != null ? meeting.getOrganisationId() : input.organisationId();
            if (orgId == null || projects.workspaceIdOf(meeting.getProjectId(), orgId).isEmpty()) {
                errors.put("organisation", TextRules.REQUIRED);
            } else {
                organisation = orgId;
            }
        }
        TextRules.throwIfAny(errors);
        item.getOutcomes().add(new MeetingOutcome(item, input.kind(), input.text().strip(), responsible,
                input.kind() == OutcomeKind.FOLLOW_UP ? input.dueDate() : null, organisation));
        meetings.saveAndFlush(rules.touched(meeting, me));
        return rules.details(meeting, me);
    }


    public MeetingDetails removeOutcome(long outcomeId) {
        PortalUser me = currentUser.require();
        MeetingOutcome outcome = meetings.findOutcome(outcomeId).orElseThrow(() -> MeetingRules.notFound(outcomeId));
        Meeting meeting = rules.organisedDraft(outcome.getItem().getMeeting().getId(), me);
        outcome.getItem().getOutcomes().remove(outcome);
        meetings.saveAndFlush(rules.touched(meeting, me));
        return rules.details(meeting, me);
    }


    /**
     * Publishes the minutes to everyone invited. The outcomes take effect: notes are written into the
     * organisations' workspaces, and the people responsible for follow-ups are told.
     */
    public MeetingDetails publish(long meetingId, long expectedVersion) {
        PortalUser me = currentUser.require();
        Meeting meeting = rules.organisedDraft(meetingId, me);
        rules.checkVersion(meeting, expectedVersion);
        long projectId = meeting.getProjectId();
        NoteSource source = switch (rules.activityOf(meeting).kind()) {
            case DIALOGUE_MEETING -> NoteSource.DIALOGUE_MEETING;
            case REFLECTION_MEETING -> NoteSource.REFLECTION_MEETING;
            default -> NoteSource.MEETING;
        };
        for (AgendaItem item : meeting.getItems()) {
            for (MeetingOutcome outcome : item.getOutcomes()) {
                if (outcome.getKind() == OutcomeKind.EXPERIENCE_NOTE || outcome.getKind() == OutcomeKind.CHANGE_PROPOSAL) {
                    long workspaceId = projects.workspaceIdOf(projectId, outcome.getOrganisationId())
                            .orElseThrow();
                    NoteKind kind = outcome.getKind() == OutcomeKind.CHANGE_PROPOSAL ? NoteKind.CHANGE_PROPOSAL
                            : NoteKind.WORKS_WELL;
                    outcome.recordedAs(notes.recordFromMeeting(workspaceId, outcome.getText(), kind, source));
                } else if (outcome.getKind() == OutcomeKind.FOLLOW_UP && !item.isInternal()) {
                    notifications.send(rules.notice(meeting, NotificationKind.FOLLOW_UP_ASSIGNED, outcome.getText()),
                            List.of(outcome.getResponsibleId()));
                }
            }
        }
        meeting.publish(me.displayName(), clock.instant());
        meetings.saveAndFlush(rules.touched(meeting, me));
        notifications.send(rules.notice(meeting, NotificationKind.MINUTES_PUBLISHED, null),
                rules.invitees(meeting).stream().map(Reader::id).toList());
        log.info("{} published the minutes of meeting {}", me, meetingId);
        return rules.details(meeting, me);
    }
}
