package dk.modningsportal.meeting;

import dk.modningsportal.notification.MailAttachments;
import dk.modningsportal.notification.NotificationKind;
import java.util.List;
import org.springframework.stereotype.Component;

/** A meeting invitation's mail carries the meeting's calendar file, current at the time of mailing. */
@Component
class MeetingInvitationFile implements MailAttachments {

    private static final String MEETING = "meeting:";

    private final MeetingCalendar meetings;

    MeetingInvitationFile(MeetingCalendar meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<Attachment> forNotification(NotificationKind kind, String groupKey) {
        if (kind != NotificationKind.MEETING_INVITATION || !groupKey.startsWith(MEETING)) {
            return List.of();
        }
        return meetings.calendarFileOf(Long.parseLong(groupKey.substring(MEETING.length())))
                .map(ics -> List.of(new Attachment("moede.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ics)))
                .orElse(List.of());
    }
}
