package dk.modningsportal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.DanishTime;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.ConflictDialog;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.meeting.InterviewSlots;
import dk.modningsportal.meeting.InterviewSlots.SlotRow;
import dk.modningsportal.meeting.InterviewSlots.Slots;
import dk.modningsportal.security.UserDirectory.Reader;
import java.util.Map;

/**
 * The interview times of a case visit or evaluation interview: the evaluator adds times and chooses interviewees
 * among the organisation's staff; the organisation's project leader confirms room and time.
 */
class InterviewSlotsPanel extends Div {

    final DateTimePicker startsAt = new DateTimePicker();
    final IntegerField duration = new IntegerField();
    final ComboBox<Reader> interviewee = new ComboBox<>();
    final Button add = new Button();
    final UnorderedList list = new UnorderedList();
    private final InterviewSlots service;
    private final long meetingId;

    InterviewSlotsPanel(InterviewSlots service, long meetingId) {
        this.service = service;
        this.meetingId = meetingId;
        addClassNames("portal-section", "interview-slots");
        startsAt.setLabel(getTranslation("meeting.slotStarts"));
        startsAt.setLocale(getLocale());
        duration.setLabel(getTranslation("meeting.slotMinutes"));
        duration.setValue(60);
        interviewee.setLabel(getTranslation("meeting.interviewee"));
        interviewee.setItemLabelGenerator(Reader::displayName);
        interviewee.setClearButtonVisible(true);
        add.setText(getTranslation("meeting.addSlot"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            try {
                show(service.add(meetingId, startsAt.getValue() == null ? null
                        : startsAt.getValue().atZone(DanishTime.ZONE).toInstant(), duration.getValue(),
                        interviewee.getValue() == null ? null : interviewee.getValue().id()));
                startsAt.clear();
                interviewee.clear();
                Forms.success(getTranslation("meeting.slotAdded"));
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, Map.of("startsAt", startsAt, "duration", duration, "interviewee", interviewee));
            }
        });
        show(service.of(meetingId));
    }

    private void show(Slots slots) {
        removeAll();
        list.removeAll();
        add(new H3(getTranslation("meeting.slotsTitle")));
        if (slots.slots().isEmpty()) {
            add(new Paragraph(getTranslation("meeting.noSlots")));
        }
        for (SlotRow slot : slots.slots()) {
            list.add(line(slot, slots));
        }
        add(list);
        if (slots.organiser()) {
            interviewee.setItems(slots.candidates());
            FlexLayout form = new FlexLayout(startsAt, duration, interviewee, add);
            form.addClassName("portal-inline-form");
            add(form);
        }
    }

    private ListItem line(SlotRow slot, Slots slots) {
        Span when = new Span(Formats.dateTime(slot.startsAt()) + " · " + slot.durationMinutes() + " min.");
        when.addClassName("portal-badge");
        ListItem item = new ListItem(when, new Span(" " + (slot.intervieweeName() == null
                ? getTranslation("meeting.noInterviewee") : slot.intervieweeName())));
        Span state = new Span(" · " + (slot.confirmed()
                ? getTranslation("meeting.slotConfirmed", slot.room(), slot.confirmedBy())
                : getTranslation("meeting.slotUnconfirmed")));
        state.addClassName(slot.confirmed() ? "portal-muted" : "slot-unconfirmed");
        item.add(state);
        if (slots.confirmer() && !slot.confirmed()) {
            TextField room = new TextField();
            room.setPlaceholder(getTranslation("meeting.room"));
            room.setAriaLabel(getTranslation("meeting.room") + ": " + Formats.dateTime(slot.startsAt()));
            Button confirm = new Button(getTranslation("meeting.confirmSlot"), e -> {
                try {
                    show(service.confirm(slot.id(), slot.version(), room.getValue()));
                } catch (ValidationFailedException invalid) {
                    Forms.showServiceErrors(invalid, Map.of("room", room));
                } catch (ConcurrentEditException conflict) {
                    ConflictDialog.show(conflict, () -> show(service.of(meetingId)), () -> show(service.confirm(slot.id(),
                            conflict.getCurrentVersion(), room.getValue())));
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
            item.add(room, confirm);
        }
        if (slots.organiser()) {
            Button remove = new Button(getTranslation("action.delete"), e -> show(service.remove(slot.id())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("action.delete") + ": " + Formats.dateTime(slot.startsAt()));
            item.add(remove);
        }
        return item;
    }
}
