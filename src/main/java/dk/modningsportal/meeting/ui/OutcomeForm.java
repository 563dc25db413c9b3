package dk.modningsportal.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.DatePickers;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.meeting.MeetingMinutes;
import dk.modningsportal.meeting.MeetingOutcome;
import dk.modningsportal.meeting.MeetingService.ItemRow;
import dk.modningsportal.meeting.MeetingService.MeetingDetails;
import dk.modningsportal.meeting.MeetingService.OrganisationRef;
import dk.modningsportal.meeting.MeetingService.OutcomeInput;
import dk.modningsportal.meeting.OutcomeKind;
import dk.modningsportal.security.UserDirectory.Reader;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fields for one new outcome of an agenda item: a decision, a follow-up with whom and by when, or an experience
 * note or change proposal for an organisation's workspace. Package-visible so tests can fill them.
 */
final class OutcomeForm extends FlexLayout {
    final Select<OutcomeKind> kind = new Select<>();
    final TextField text = new TextField();
    final ComboBox<Reader> responsible = new ComboBox<>();
    final DatePicker due;
    final Select<OrganisationRef> organisation = new Select<>();
    final Button add = new Button();

private final MeetingDetails meeting;

OutcomeForm(MeetingMinutes minutesService, MeetingDetails meeting, ItemRow item, Consumer<MeetingDetails> show) {
        this.meeting = meeting;
        addClassNames("portal-toolbar", "outcome-form");
        due = DatePickers.create(getTranslation("meeting.due"));
        kind.setLabel(getTranslation("meeting.outcome"));
        kind.setItems(OutcomeKind.values());
        kind.setItemLabelGenerator(Formats::label);
        kind.setValue(OutcomeKind.DECISION);
        text.setLabel(getTranslation("meeting.outcomeText"));
        Forms.limit(text, MeetingOutcome.TEXT_MAX);
        responsible.setLabel(getTranslation("meeting.responsible"));
        responsible.setItems(meeting.invitees());
        responsible.setItemLabelGenerator(Reader::displayName);
        organisation.setLabel(getTranslation("plan.organisation"));
        organisation.setItems(meeting.organisations());
        organisation.setItemLabelGenerator(o -> o == null ? "" : o.name());
        if (meeting.organisations().size() == 1) {
            organisation.setValue(meeting.organisations().get(0));
        }
        kind.addValueChangeListener(e -> showFields());
        add.setText(getTranslation("meeting.addOutcome"));
        add.addClickListener(e -> {
            try {
                show.accept(minutesService.addOutcome(item.id(), new OutcomeInput(kind.getValue(), text.getValue(),
                        responsible.getValue() == null ? null : responsible.getValue().id(), due.getValue(),
                        organisation.getValue() == null ? null : organisation.getValue().id())));
            } catch (ValidationFailedException invalid) {
                Map<String, HasValidation> fields = Map.of("kind", kind, "text", text, "responsible", responsible,
                        "dueDate", due, "organisation", organisation);
                Forms.showServiceErrors(invalid, fields);
            }
        });
        add(kind, text, responsible, due, organisation, add);
        showFields();
    }

    private void showFields() {
        boolean followUp = kind.getValue() == OutcomeKind.FOLLOW_UP;
        boolean note = kind.getValue() == OutcomeKind.EXPERIENCE_NOTE || kind.getValue() == OutcomeKind.CHANGE_PROPOSAL;
        responsible.setVisible(followUp);
        due.setVisible(followUp);
        organisation.setVisible(note && meeting.organisations().size() > 1);
    }
}
