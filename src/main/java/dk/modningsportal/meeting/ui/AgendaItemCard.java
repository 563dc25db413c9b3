package dk.modningsportal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.meeting.AgendaItem;
import dk.modningsportal.meeting.MeetingMinutes;
import dk.modningsportal.meeting.MeetingService;
import dk.modningsportal.meeting.MeetingService.ItemRow;
import dk.modningsportal.meeting.MeetingService.MeetingDetails;
import dk.modningsportal.meeting.MeetingService.OutcomeRow;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One item of a meeting's agenda: its title and owner, and for the organisers while the meeting is planned, its
 * edit and delete actions, its minutes and the form for a new outcome; the outcomes; what other modules add to it
 * ({@link AgendaItemAddOn}). Every act shows the meeting as the service returns it.
 */
class AgendaItemCard extends Div {

    AgendaItemCard(MeetingService meetings, MeetingMinutes minutesService, MeetingDetails meeting, ItemRow item,
            int number, boolean drafting, List<AgendaItemAddOn> addOns, Consumer<MeetingDetails> show) {
        addClassName("agenda-item");
        Span title = new Span((number > 0 ? number + ". " : "") + item.title());
        title.addClassName("agenda-title");
        Div head = new Div(title);
        head.addClassName("comment-header");
        if (item.ownerName() != null) {
            head.add(new Span(item.ownerName()));
        }
        if (item.minutes() != null) {
            head.add(badge(item.minutes() + " min."));
        }
        if (item.internal()) {
            head.add(badge(getTranslation("meeting.internal")));
        }
        if (item.proposed()) {
            head.add(badge(getTranslation("meeting.proposedBy", item.proposedBy())));
        }
        add(head);
        if (drafting) {
            FlexLayout actions = new FlexLayout();
            actions.addClassName("comment-actions");
            if (item.proposed()) {
                actions.add(small(getTranslation("meeting.accept"), () -> show.accept(meetings.acceptProposal(item.id()))));
            }
            if (!item.proposed()) {
                actions.add(small(getTranslation("action.edit"), () -> new AgendaItemDialog(meetings, meeting, item, show).open()));
            }
            actions.add(small(getTranslation("action.delete"), () -> show.accept(meetings.removeItem(item.id()))));
            add(actions);
        }
        if (item.proposed()) {
            return;
        }
        if (drafting) {
            TextArea minutes = new TextArea(getTranslation("meeting.minutes"));
            minutes.setValue(item.minutesText() == null ? "" : item.minutesText());
            Forms.limit(minutes, AgendaItem.MINUTES_MAX);
            minutes.setWidthFull();
            minutes.addClassName("agenda-minutes");
            Button save = new Button(getTranslation("meeting.saveMinutes"), e -> {
                try {
                    show.accept(minutesService.writeMinutes(item.id(), item.version(), minutes.getValue()));
                } catch (ValidationFailedException invalid) {
                    Forms.showServiceErrors(invalid, Map.of("minutes", minutes));
                } catch (ConcurrentEditException conflict) {
                    Forms.error(getTranslation("meeting.minutesConflict"));
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(minutes, save);
        } else if (item.minutesText() != null) {
            Paragraph minutes = new Paragraph(item.minutesText());
            minutes.addClassName("comment-body");
            add(minutes);
        }
        for (OutcomeRow outcome : item.outcomes()) {
            Div line = new Div(badge(Formats.label(outcome.kind())), new Span(outcome.text()));
            if (outcome.responsibleName() != null) {
                line.add(new Span(" – " + getTranslation("meeting.responsibleDue", outcome.responsibleName(),
                        Formats.date(outcome.dueDate()))));
            }
            if (outcome.organisationName() != null) {
                line.add(new Span(" – " + outcome.organisationName()));
            }
            if (drafting) {
                line.add(small(getTranslation("action.delete"), () -> show.accept(minutesService.removeOutcome(outcome.id()))));
            }
            line.addClassName("meeting-outcome");
            add(line);
        }
        if (drafting) {
            add(new OutcomeForm(minutesService, meeting, item, show));
        }
        if (meeting.id() != 0) {
            addOns.forEach(addOn -> addOn.forItem(meeting, item).ifPresent(this::add));
        }
    }

    static Button small(String label, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return button;
    }

    static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("portal-badge");
        return badge;
    }
}
