package dk.modningsportal.sharing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dk.modningsportal.base.ui.DownloadLinks;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.meeting.MeetingService.ItemRow;
import dk.modningsportal.meeting.MeetingService.MeetingDetails;
import dk.modningsportal.meeting.ui.AgendaItemAddOn;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.sharing.AgendaPresentations;
import dk.modningsportal.sharing.AgendaPresentations.Attached;
import dk.modningsportal.sharing.AgendaPresentations.OnAgendaItem;
import dk.modningsportal.sharing.ReflectionPresentation;
import dk.modningsportal.trialaction.TrialActionService;
import java.util.Optional;

/**
 * Under an agenda item of a meeting where the teams present their experience: each team's presentation to
 * download (PPTX, PDF, as the reader may read it), and for a team's writers a way to put theirs there.
 */
@org.springframework.stereotype.Component
class PresentationsOnAgenda implements AgendaItemAddOn {

    private final AgendaPresentations presentations;
    private final ReflectionPresentation reflection;
    private final TrialActionService trialActions;
    private final NoteService notes;

    PresentationsOnAgenda(AgendaPresentations presentations, ReflectionPresentation reflection,
            TrialActionService trialActions, NoteService notes) {
        this.presentations = presentations;
        this.reflection = reflection;
        this.trialActions = trialActions;
        this.notes = notes;
    }

    @Override
    public Optional<Component> forItem(MeetingDetails meeting, ItemRow item) {
        OnAgendaItem on = presentations.on(item.id());
        if (on.attached().isEmpty() && on.attachableFrom() == null) {
            return Optional.empty();
        }
        return Optional.of(new Shown(item.id(), on));
    }

    /** The presentations of one agenda item; re-reads itself after a change. */
    final class Shown extends Div {

        private final long agendaItemId;

        Shown(long agendaItemId, OnAgendaItem on) {
            this.agendaItemId = agendaItemId;
            addClassName("agenda-presentations");
            show(on);
        }

        private void show(OnAgendaItem on) {
            removeAll();
            setClassName("has-presentations", !on.attached().isEmpty());
            if (!on.attached().isEmpty()) {
                Span heading = new Span(getTranslation("presentation.onAgenda"));
                heading.addClassName("agenda-presentations-heading");
                add(heading);
            }
            for (Attached attached : on.attached()) {
                add(line(attached, on.attachableFrom()));
            }
            if (on.attachableFrom() != null && on.attached().stream().noneMatch(Attached::ours)) {
                Button attach = new Button(getTranslation("presentation.attachOurs"),
                        e -> open(on.attachableFrom()));
                attach.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                add(attach);
            }
        }

        private Div line(Attached attached, Long workspaceId) {
            Span who = new Span(getTranslation("presentation.attachedBy", attached.organisationName(),
                    attached.attachedByName(), Formats.dateTime(attached.attachedAt())));
            String fileName = getTranslation("presentation.fileName") + " " + attached.organisationName();
            Anchor pptx = DownloadLinks.of("PPTX", fileName + ".pptx",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    () -> presentations.pptx(attached.id(), getLocale()));
            Anchor pdf = DownloadLinks.of("PDF", fileName + ".pdf", DownloadLinks.PDF,
                    () -> presentations.pdf(attached.id(), getLocale()));
            pptx.getElement().setAttribute("aria-label", getTranslation("presentation.downloadOf", "PPTX",
                    attached.organisationName()));
            pdf.getElement().setAttribute("aria-label", getTranslation("presentation.downloadOf", "PDF",
                    attached.organisationName()));
            FlexLayout line = new FlexLayout(who, pptx, pdf);
            line.addClassName("agenda-presentation");
            if (attached.ours()) {
                Button change = new Button(getTranslation("presentation.change"), e -> open(workspaceId));
                Button remove = new Button(getTranslation("presentation.remove"), e -> {
                    presentations.detach(attached.id());
                    show(presentations.on(agendaItemId));
                });
                change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                line.add(change, remove);
            }
            return new Div(line);
        }

        private void open(long workspaceId) {
            PresentationDialog dialog = new PresentationDialog(workspaceId, reflection, trialActions, notes,
                    presentations, agendaItemId, () -> show(presentations.on(agendaItemId)));
            dialog.open();
        }
    }
}
