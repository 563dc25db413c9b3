package dk.modningsportal.sharing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dk.modningsportal.base.DanishTime;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.DownloadLinks;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.meeting.AgendaItemPlaces.AgendaItemPlace;
import dk.modningsportal.note.NoteFilter;
import dk.modningsportal.note.NoteRow;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.sharing.AgendaPresentations;
import dk.modningsportal.sharing.ReflectionPresentation;
import dk.modningsportal.trialaction.TrialActionService;
import dk.modningsportal.trialaction.TrialActionService.TrialActionRef;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/**
 * "Forbered refleksionsmøde": the team chooses its trial actions and notes, downloads the presentation (PPTX, PDF)
 * and, if it wants the others to read them before the meeting, shares the chosen items with the project, or puts
 * the presentation on the meeting's agenda item (which shares them too).
 */
class PresentationDialog extends Dialog {

    /** The newest notes offered; a presentation takes a few. */
    static final int NOTES_OFFERED = 200;

    final MultiSelectComboBox<TrialActionRef> trialActionChoice = new MultiSelectComboBox<>();
    final MultiSelectComboBox<NoteRow> noteChoice = new MultiSelectComboBox<>();
    final Anchor pptx;
    final Anchor pdf;
    final Button share = new Button();
    final ComboBox<AgendaItemPlace> agendaItem = new ComboBox<>();
    final Button attach = new Button();

    PresentationDialog(long workspaceId, ReflectionPresentation presentation, TrialActionService trialActions,
            NoteService notes, AgendaPresentations agenda, Long agendaItemId, Runnable afterSharing) {
        setHeaderTitle(getTranslation("presentation.dialogTitle"));
        setWidth("min(720px, 100vw)");
        trialActionChoice.setLabel(getTranslation("presentation.trialActions"));
        trialActionChoice.setItems(trialActions.references(workspaceId));
        trialActionChoice.setItemLabelGenerator(TrialActionRef::title);
        trialActionChoice.setWidthFull();
        noteChoice.setLabel(getTranslation("presentation.notesToChoose"));
        noteChoice.setItems(notes.list(workspaceId, new NoteFilter(null, null, null, null, null),
                PageRequest.of(0, NOTES_OFFERED)));
        noteChoice.setItemLabelGenerator(NoteRow::summary);
        noteChoice.setWidthFull();
        Paragraph help = new Paragraph(getTranslation("presentation.help"));
        help.addClassName("portal-help");

        pptx = DownloadLinks.of(getTranslation("presentation.pptx"), getTranslation("presentation.fileName") + ".pptx",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                () -> presentation.pptx(workspaceId, trialActionIds(), noteIds(), getLocale()));
        pdf = DownloadLinks.of(getTranslation("presentation.pdf"), getTranslation("presentation.fileName") + ".pdf",
                DownloadLinks.PDF, () -> presentation.pdf(workspaceId, trialActionIds(), noteIds(), getLocale()));
        FlexLayout downloads = new FlexLayout(pptx, pdf);
        downloads.addClassName("portal-buttons");
        trialActionChoice.addValueChangeListener(e -> updateDownloads());
        noteChoice.addValueChangeListener(e -> updateDownloads());
        updateDownloads();

        share.setText(getTranslation("presentation.share"));
        share.addClickListener(e -> {
            try {
                presentation.shareAll(workspaceId, trialActionIds(), noteIds());
                Forms.success(getTranslation("presentation.shared"));
                afterSharing.run();
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, Map.of(ReflectionPresentation.ITEMS, trialActionChoice));
            }
        });
        agendaItem.setLabel(getTranslation("presentation.agendaItem"));
        List<AgendaItemPlace> places = agenda.placesFor(workspaceId);
        agendaItem.setItems(places);
        agendaItem.setItemLabelGenerator(place -> getTranslation("presentation.agendaItemLabel", place.meetingTitle(),
                Formats.date(place.startsAt().atZone(DanishTime.ZONE).toLocalDate()), place.itemTitle()));
        agendaItem.setWidthFull();
        places.stream().filter(place -> Long.valueOf(place.itemId()).equals(agendaItemId)).findFirst()
                .ifPresent(agendaItem::setValue);
        if (places.isEmpty()) {
            agendaItem.setHelperText(getTranslation("presentation.noAgendaItems"));
            agendaItem.setEnabled(false);
        }
        attach.setText(getTranslation("presentation.attach"));
        attach.addClickListener(e -> {
            if (agendaItem.isEmpty()) {
                agendaItem.setInvalid(true);
                agendaItem.setErrorMessage(getTranslation("presentation.chooseAgendaItem"));
                return;
            }
            try {
                agenda.attach(workspaceId, agendaItem.getValue().itemId(), trialActionIds(), noteIds());
                Forms.success(getTranslation("presentation.attached"));
                afterSharing.run();
                close();
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, Map.of(ReflectionPresentation.ITEMS, trialActionChoice,
                        AgendaPresentations.AGENDA_ITEM, agendaItem));
            }
        });
        FlexLayout onAgenda = new FlexLayout(agendaItem, attach);
        onAgenda.addClassName("presentation-agenda");
        add(new Div(help, trialActionChoice, noteChoice, downloads, onAgenda));
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close, share);
    }

    /** Nothing to download until something is chosen: the links are shown disabled until then. */
    private void updateDownloads() {
        boolean chosen = !trialActionChoice.getSelectedItems().isEmpty() || !noteChoice.getSelectedItems().isEmpty();
        pptx.setEnabled(chosen);
        pdf.setEnabled(chosen);
        share.setEnabled(chosen);
        attach.setEnabled(chosen && agendaItem.isEnabled());
    }

    List<Long> trialActionIds() {
        return trialActionChoice.getSelectedItems().stream().map(TrialActionRef::id).toList();
    }

    List<Long> noteIds() {
        return noteChoice.getSelectedItems().stream().map(NoteRow::id).toList();
    }
}
