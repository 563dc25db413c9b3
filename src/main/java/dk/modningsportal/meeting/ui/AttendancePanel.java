package dk.modningsportal.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.ConflictDialog;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.meeting.GuestKind;
import dk.modningsportal.meeting.MeetingAttendances;
import dk.modningsportal.meeting.MeetingAttendances.Attendance;
import dk.modningsportal.meeting.MeetingAttendances.Invitee;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who came: the invited by organisation, ticked by an organiser during or after the day, and how many others came
 * by kind; everyone invited reads the counts per organisation.
 */
class AttendancePanel extends Div {

    final Map<Long, Checkbox> attended = new LinkedHashMap<>();
    final Map<GuestKind, IntegerField> guests = new EnumMap<>(GuestKind.class);
    final Button save = new Button();
    private final MeetingAttendances service;
    private Attendance shown;

    AttendancePanel(MeetingAttendances service, long meetingId) {
        this.service = service;
        addClassNames("portal-section", "meeting-attendance");
        save.setText(getTranslation("meeting.saveAttendance"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> store(shown.version()));
        show(service.attendance(meetingId));
    }

    private void show(Attendance attendance) {
        shown = attendance;
        removeAll();
        attended.clear();
        guests.clear();
        add(new H3(getTranslation("meeting.attendanceTitle")));
        if (!attendance.dayReached()) {
            add(new Paragraph(getTranslation("meeting.attendanceLater")));
            return;
        }
        if (!attendance.editable()) {
            add(new Paragraph(attendance.version() < 0 ? getTranslation("meeting.attendanceNotRecorded")
                    : getTranslation("meeting.attendanceSummary", attendance.attended(), attendance.invitees().size(),
                            attendance.guestsInAll())));
            attendance.byOrganisation().forEach(o -> add(new Paragraph(getTranslation("meeting.attendanceOfOrganisation",
                    o.organisation(), o.attended(), o.invited()))));
            return;
        }
        Map<String, java.util.List<Invitee>> byOrganisation = attendance.invitees().stream()
                .collect(Collectors.groupingBy(Invitee::organisation, java.util.TreeMap::new, Collectors.toList()));
        byOrganisation.forEach((organisation, people) -> {
            Div group = new Div(new H4(organisation));
            group.addClassName("meeting-attendance-group");
            people.forEach(person -> {
                Checkbox box = new Checkbox(person.name(), person.attended());
                attended.put(person.id(), box);
                group.add(box);
            });
            add(group);
        });
        Div others = new Div();
        others.addClassName("evaluation-costs");
        for (GuestKind kind : GuestKind.values()) {
            IntegerField field = new IntegerField(Formats.label(kind));
            field.setValue(attendance.guests().get(kind));
            field.setMin(0);
            guests.put(kind, field);
            others.add(field);
        }
        Paragraph recorded = new Paragraph(attendance.changedBy() == null ? getTranslation("meeting.attendanceNotRecorded")
                : getTranslation("meeting.attendanceRecordedBy", attendance.changedBy(), Formats.dateTime(attendance.changedAt())));
        recorded.addClassName("portal-muted");
        add(new H4(getTranslation("meeting.otherGuests")), others, save, recorded);
    }

    private void store(long version) {
        Set<Long> came = attended.entrySet().stream().filter(e -> e.getValue().getValue()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Map<GuestKind, Integer> counted = new EnumMap<>(GuestKind.class);
        guests.forEach((kind, field) -> counted.put(kind, field.getValue()));
        try {
            show(service.record(shown.meetingId(), version, came, counted));
            Forms.success(getTranslation("meeting.attendanceSaved"));
        } catch (ValidationFailedException invalid) {
            Map<String, HasValidation> fields = new HashMap<>();
            guests.forEach((kind, field) -> fields.put("guests:" + kind.name(), field));
            Forms.showServiceErrors(invalid, fields);
        } catch (ConcurrentEditException conflict) {
            ConflictDialog.show(conflict, () -> show(service.attendance(shown.meetingId())),
                    () -> store(conflict.getCurrentVersion()));
        }
    }
}
