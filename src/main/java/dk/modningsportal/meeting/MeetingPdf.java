package dk.modningsportal.meeting;

import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.base.DanishTime;
import dk.modningsportal.base.Languages;
import dk.modningsportal.export.Report;
import dk.modningsportal.meeting.MeetingService.ItemRow;
import dk.modningsportal.meeting.MeetingService.MeetingDetails;
import dk.modningsportal.meeting.MeetingService.OutcomeRow;
import java.time.format.DateTimeFormatter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Agenda and minutes as a PDF, with or without the items marked internal. */
@Component
public class MeetingPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm",
            Languages.DANISH).withZone(DanishTime.ZONE);

    private final MeetingService meetings;
    private final I18NProvider i18n;

    private final ApplicationEventPublisher events;

    MeetingPdf(MeetingService meetings, I18NProvider i18n, ApplicationEventPublisher events) {
        this.events = events;
        this.meetings = meetings;
        this.i18n = i18n;
    }

    public byte[] pdf(long meetingId, boolean includeInternal) {
        MeetingDetails meeting = meetings.details(meetingId);
        Report report = new Report(meeting.title() + (meeting.organisationName() == null ? "" : " · " + meeting.organisationName()));
        report.text(WHEN.format(meeting.startsAt()) + (meeting.location() == null ? "" : " · " + meeting.location()));
        report.text(t("meeting.invitees") + ": " + String.join(", ",
                meeting.invitees().stream().map(r -> r.displayName()).toList()));
        report.heading(t(meeting.status() == Meeting.Status.PUBLISHED ? "meeting.agendaAndMinutes" : "meeting.agenda"));
        int number = 1;
        for (ItemRow item : meeting.items()) {
            if (item.proposed() || item.internal() && !includeInternal) {
                continue;
            }
            report.subheading(number++ + ". " + item.title() + (item.ownerName() == null ? "" : " (" + item.ownerName() + ")")
                    + (item.minutes() == null ? "" : " – " + item.minutes() + " min."));
            if (meeting.status() == Meeting.Status.PUBLISHED) {
                report.text(item.minutesText());
                for (OutcomeRow outcome : item.outcomes()) {
                    String who = outcome.responsibleName() == null ? ""
                            : " – " + outcome.responsibleName() + ", " + t("meeting.due") + " " + outcome.dueDate();
                    report.bullet(t("enum.OutcomeKind." + outcome.kind().name()) + ": " + outcome.text() + who);
                }
            }
        }
        byte[] file = report.pdf();
        events.publishEvent(Audited.of(AuditAction.EXPORT_DOWNLOADED, "MEETING", meetingId,
                meeting.title() + ".pdf", null));
        return file;
    }

    private String t(String key) {
        return i18n.getTranslation(key, Languages.DANISH);
    }
}
