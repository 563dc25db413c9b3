package dk.modningsportal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.meeting.AgendaItem;
import dk.modningsportal.meeting.MeetingService;
import dk.modningsportal.meeting.MeetingService.ItemInput;
import dk.modningsportal.meeting.MeetingService.ItemRow;
import dk.modningsportal.meeting.MeetingService.MeetingDetails;
import java.util.Map;
import java.util.function.Consumer;

/** Title, owner, time and the internal mark of one agenda item, in a small dialog. */
class AgendaItemDialog extends Dialog {

    AgendaItemDialog(MeetingService meetings, MeetingDetails meeting, ItemRow item, Consumer<MeetingDetails> show) {
        setHeaderTitle(getTranslation("meeting.editItem"));
        TextField title = new TextField(getTranslation("meeting.itemTitle"), item.title(), "");
        Forms.limit(title, AgendaItem.TITLE_MAX);
        title.setWidthFull();
        TextField owner = new TextField(getTranslation("meeting.itemOwner"), item.ownerName() == null ? "" : item.ownerName(), "");
        IntegerField minutes = new IntegerField(getTranslation("meeting.itemMinutes"));
        minutes.setValue(item.minutes());
        Checkbox internal = new Checkbox(getTranslation("meeting.internal"), item.internal());
        add(new VerticalLayout(title, owner, minutes, internal));
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                show.accept(meetings.saveItem(meeting.id(), new ItemInput(item.id(), item.version(), title.getValue(),
                        owner.getValue(), minutes.getValue(), internal.getValue())));
                close();
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, Map.of("title", title, "owner", owner, "minutes", minutes));
            } catch (ConcurrentEditException conflict) {
                Forms.error(getTranslation("plan.conflict"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }
}
