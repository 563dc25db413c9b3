package dk.modningsportal.meeting;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dk.modningsportal.security.CurrentUser;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
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
/** A meeting as an iCalendar file: its UID stays and its SEQUENCE rises with each change, so calendars update. */
@Service
@Transactional
public class MeetingCalendar {

    private static final Logger log = LoggerFactory.getLogger(MeetingCalendar.class);

    private final MeetingRepository meetings;
    private final MeetingRules rules;
    private final CurrentUser currentUser;

    MeetingCalendar(MeetingRepository meetings, MeetingRules rules, CurrentUser currentUser) {
        this.meetings = meetings;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    /** The meeting as an iCalendar file; its UID stays and its SEQUENCE rises with each change, so calendars update. */
    @Transactional(readOnly = true)
    public byte[] ics(long meetingId) {
        return calendarFile(rules.readable(meetingId, currentUser.require()));
    }


    /** Without an access check: for the mail to someone the meeting invited. */
    @Transactional(readOnly = true)
    Optional<byte[]> calendarFileOf(long meetingId) {
        return meetings.findWithDetails(meetingId).map(this::calendarFile);
    }


    private byte[] calendarFile(Meeting meeting) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Socialstyrelsen//Modningsportalen//DA");
        VEvent event = new VEvent();
        event.setUid("meeting-" + meeting.getId() + "@modningsportalen");
        event.setSequence(meeting.getSequenceNumber());
        event.setSummary(rules.title(meeting));
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
}
