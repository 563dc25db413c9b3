package dk.modningsportal.meeting;

import dk.modningsportal.plan.ActivityFacts;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserDirectory;
import dk.modningsportal.security.UserDirectory.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interview times of a case visit or evaluation interview: the evaluator (or a consultant) sets each slot and
 * chooses the interviewee among the organisation's staff, who is told; the organisation's project leader confirms the
 * room and the time.
 */
@Service
@Transactional(readOnly = true)
public class InterviewSlots {

    private static final Logger log = LoggerFactory.getLogger(InterviewSlots.class);
    /** The slot's time in the interviewee's notice, as a Danish reader writes it. */
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("d.M.yyyy HH:mm").withZone(dk.modningsportal.base.DanishTime.ZONE);

    public record SlotRow(long id, long version, Instant startsAt, int durationMinutes, Long intervieweeId,
            String intervieweeName, String room, boolean confirmed, String confirmedBy, Instant confirmedAt) {
    }

    /** The slots of a meeting and what the viewer may do with them. */
    public record Slots(List<SlotRow> slots, List<Reader> candidates, boolean organiser, boolean confirmer) {
    }

    private final InterviewSlotRepository slots;
    private final MeetingRules rules;
    private final UserDirectory userDirectory;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    InterviewSlots(InterviewSlotRepository slots, MeetingRules rules, UserDirectory userDirectory,
            NotificationService notifications, CurrentUser currentUser, Clock clock) {
        this.slots = slots;
        this.rules = rules;
        this.userDirectory = userDirectory;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Slots of(long meetingId) {
        PortalUser me = currentUser.require();
        Meeting meeting = rules.readable(meetingId, me);
        boolean organiser = rules.isOrganiser(me, meeting);
        return new Slots(slots.findOf(meetingId).stream().map(this::row).toList(),
                organiser ? candidates(meeting) : List.of(), organiser, confirmer(me, meeting));
    }

    @Transactional
    public Slots add(long meetingId, Instant startsAt, Integer durationMinutes, Long intervieweeId) {
        PortalUser me = currentUser.require();
        Meeting meeting = rules.organised(meetingId, me);
        Map<String, String> errors = new LinkedHashMap<>();
        if (startsAt == null) {
            errors.put("startsAt", "validation.required");
        } else if (startsAt.isBefore(clock.instant())) {
            errors.put("startsAt", "meeting.slotInPast");
        }
        if (durationMinutes == null || durationMinutes < 10 || durationMinutes > 480) {
            errors.put("duration", "meeting.slotDuration");
        }
        if (intervieweeId != null && candidates(meeting).stream().noneMatch(r -> r.id() == intervieweeId)) {
            errors.put("interviewee", "meeting.intervieweeNotStaff");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        InterviewSlot slot = new InterviewSlot(meetingId, startsAt, durationMinutes, intervieweeId);
        slot.changedBy(me.id(), clock.instant());
        slots.save(slot);
        if (intervieweeId != null) {
            notifications.sendOnce(rules.notice(meeting, NotificationKind.MEETING_INVITATION,
                    WHEN.format(startsAt)), intervieweeId);
        }
        log.info("{} added an interview slot to meeting {}", me, meetingId);
        return of(meetingId);
    }

    @Transactional
    public Slots remove(long slotId) {
        InterviewSlot slot = find(slotId);
        rules.organised(slot.getMeetingId(), currentUser.require());
        slots.delete(slot);
        return of(slot.getMeetingId());
    }

    /** The organisation's project leader confirms the room (and so the time) of a slot. */
    @Transactional
    public Slots confirm(long slotId, long expectedVersion, String room) {
        InterviewSlot slot = find(slotId);
        PortalUser me = currentUser.require();
        Meeting meeting = rules.readable(slot.getMeetingId(), me);
        if (!confirmer(me, meeting)) {
            throw new AccessRefusedException("error.meetingRefused", me + " may not confirm slot " + slotId);
        }
        String confirmed = TextRules.trimToNull(room);
        if (confirmed == null) {
            throw new ValidationFailedException(Map.of("room", "meeting.roomRequired"));
        }
        if (confirmed.length() > InterviewSlot.ROOM_MAX) {
            throw new ValidationFailedException(Map.of("room", "validation.tooLong"));
        }
        if (slot.getVersion() != expectedVersion) {
            throw userDirectory.conflictWith(slot);
        }
        slot.confirm(confirmed, me.id(), clock.instant());
        slot.changedBy(me.id(), clock.instant());
        return of(slot.getMeetingId());
    }

    /** Whom the organiser may choose: the staff of the meeting's organisation (or of every participating one). */
    private List<Reader> candidates(Meeting meeting) {
        List<Long> organisations = meeting.getOrganisationId() != null ? List.of(meeting.getOrganisationId())
                : rules.activityOf(meeting).organisationId() != null ? List.of(rules.activityOf(meeting).organisationId())
                : rules.participatingOrganisations(meeting);
        return userDirectory.readersOf(organisations, EnumSet.of(Role.TEAM_MEMBER, Role.PROJECT_LEADER, Role.LEADER));
    }

    private boolean confirmer(PortalUser me, Meeting meeting) {
        Long organisation = meeting.getOrganisationId() != null ? meeting.getOrganisationId()
                : rules.activityOf(meeting).organisationId();
        return me.role() == Role.PROJECT_LEADER && organisation != null && organisation == me.organisationId();
    }

    private SlotRow row(InterviewSlot s) {
        return new SlotRow(s.getId(), s.getVersion(), s.getStartsAt(), s.getDurationMinutes(), s.getIntervieweeId(),
                s.getIntervieweeId() == null ? null : userDirectory.displayNameOf(s.getIntervieweeId()), s.getRoom(),
                s.getConfirmedAt() != null, s.getConfirmedById() == null ? null : userDirectory.displayNameOf(s.getConfirmedById()),
                s.getConfirmedAt());
    }

    private InterviewSlot find(long slotId) {
        return slots.findById(slotId).orElseThrow(() -> new NotFoundException("error.meetingRefused", "No slot " + slotId));
    }
}
