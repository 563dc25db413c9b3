package dk.modningsportal.note.ui;

import static dk.modningsportal.note.NoteInput.*;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.ConflictDialog;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.base.ui.ShareControl;
import dk.modningsportal.base.ui.UndoNotice;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.note.ExperienceNote;
import dk.modningsportal.note.NoteInput;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.note.NoteSource;
import dk.modningsportal.trialaction.TrialActionService.TrialActionRef;
import dk.modningsportal.trialaction.TrialActionService;
import java.util.LinkedHashMap;
import java.util.Map;

/** The full note form: text and details, kind, core element, version, source and a linked trial action. */
class NoteDialog extends Dialog {

    final TextArea summary = new TextArea();
    final TextArea details = new TextArea();
    final RadioButtonGroup<NoteKind> kind = new RadioButtonGroup<>();
    final ComboBox<CoreElementRef> coreElement = new ComboBox<>();
    final Select<VersionRef> interventionVersion = new Select<>();
    final Select<NoteSource> source = new Select<>();
    final ComboBox<TrialActionRef> trialAction = new ComboBox<>();
    final Button save = new Button();
    final Button delete = new Button();
    /** Shared with the project or not (an existing note only). */
    ShareControl sharing;

    private final Binder<NoteInput> binder = new Binder<>();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private final NoteService notes;
    private final Runnable afterChange;
    private NoteInput input;
    /** The values as opened, to tell what someone else changed if they save first. */
    private Map<String, Object> opened = Map.of();

    NoteDialog(NoteService notes, InterventionCatalog catalog, TrialActionService trialActions, NoteInput input,
            boolean writable, java.util.List<NoteAddition> additions, Runnable afterChange) {
        this.notes = notes;
        this.afterChange = afterChange;
        long workspaceId = input.getWorkspaceId();
        setHeaderTitle(getTranslation(input.isNew() ? "note.new" : "note.edit"));
        setWidth("min(720px, 100vw)");

        summary.setLabel(getTranslation("note.summary"));
        Forms.limit(summary, ExperienceNote.SUMMARY_MAX);
        details.setLabel(getTranslation("note.details"));
        Forms.limit(details, ExperienceNote.DETAILS_MAX);
        kind.setLabel(getTranslation("note.kind"));
        kind.setItems(NoteKind.values());
        kind.setItemLabelGenerator(Formats::label);
        coreElement.setLabel(getTranslation("note.coreElement"));
        coreElement.setItems(input.isNew() ? catalog.currentCoreElements(workspaceId) : catalog.coreElements(workspaceId));
        coreElement.setItemLabelGenerator(CoreElementRef::name);
        coreElement.setClearButtonVisible(true);
        interventionVersion.setLabel(getTranslation("note.version"));
        interventionVersion.setItems(catalog.versions(workspaceId));
        interventionVersion.setItemLabelGenerator(v -> v == null ? "" : v.label());
        source.setLabel(getTranslation("note.source"));
        source.setItems(NoteSource.values());
        source.setItemLabelGenerator(Formats::label);
        trialAction.setLabel(getTranslation("note.trialAction"));
        trialAction.setItems(trialActions.references(workspaceId));
        trialAction.setItemLabelGenerator(TrialActionRef::title);
        trialAction.setClearButtonVisible(true);

        String required = getTranslation("validation.required");
        fieldsByName.putAll(Map.of(SUMMARY, summary, DETAILS, details, KIND, kind, CORE_ELEMENT, coreElement,
                INTERVENTION_VERSION, interventionVersion, SOURCE, source, TRIAL_ACTION, trialAction));
        binder.forField(summary).asRequired(required).withValidator(Forms.maxLength(ExperienceNote.SUMMARY_MAX))
                .withValidator(Forms.noCprNumber()).bind(NoteInput::getSummary, NoteInput::setSummary);
        binder.forField(details).withValidator(Forms.maxLength(ExperienceNote.DETAILS_MAX))
                .withValidator(Forms.noCprNumber()).bind(NoteInput::getDetails, NoteInput::setDetails);
        binder.forField(kind).asRequired(required).bind(NoteInput::getKind, NoteInput::setKind);
        binder.forField(coreElement).bind(NoteInput::getCoreElement, NoteInput::setCoreElement);
        binder.forField(interventionVersion).asRequired(required)
                .bind(NoteInput::getInterventionVersion, NoteInput::setInterventionVersion);
        binder.forField(source).asRequired(required).bind(NoteInput::getSource, NoteInput::setSource);
        binder.forField(trialAction).bind(NoteInput::getTrialAction, NoteInput::setTrialAction);

        FormLayout form = Forms.responsiveLayout();
        form.add(summary, 2);
        form.add(kind, 2);
        form.add(coreElement, interventionVersion, source, trialAction);
        form.add(details, 2);
        if (!input.isNew()) {
            long noteId = input.getId();
            sharing = new ShareControl(notes.sharing(noteId), writable, share -> notes.share(noteId, share));
            add(sharing);
        }
        add(form);
        if (!input.isNew()) {
            additions.forEach(addition -> addition.forNote(input.getId(), workspaceId).ifPresent(this::add));
        }

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        Button cancel = new Button(getTranslation(writable ? "action.cancel" : "action.close"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(delete, cancel, save);

        show(input);
        binder.setReadOnly(!writable);
        save.setVisible(writable);
        delete.setVisible(writable && !input.isNew());
    }

    private void show(NoteInput shown) {
        this.input = shown;
        this.opened = snapshot(shown);
        binder.readBean(shown);
    }

    private Map<String, Object> snapshot(NoteInput d) {
        return ConflictDialog.snapshot(summary.getLabel(), d.getSummary(), kind.getLabel(), d.getKind(),
                coreElement.getLabel(), d.getCoreElement() == null ? null : d.getCoreElement().id(),
                interventionVersion.getLabel(), d.getInterventionVersion() == null ? null : d.getInterventionVersion().id(),
                source.getLabel(), d.getSource(), trialAction.getLabel(), d.getTrialAction() == null ? null : d.getTrialAction().id(),
                details.getLabel(), d.getDetails());
    }

    void save() {
        if (!binder.writeBeanIfValid(input)) {
            return;
        }
        try {
            NoteInput saved = input.isNew() ? notes.create(input.getWorkspaceId(), input) : notes.update(input);
            Forms.success(getTranslation("note.saved"));
            close();
            afterChange.run();
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, fieldsByName);
        } catch (ConcurrentEditException conflict) {
            NoteInput stored = notes.load(input.getId());
            ConflictDialog.show(conflict, ConflictDialog.changedFields(opened, snapshot(stored)), () -> show(stored), () -> {
                input.setVersion(conflict.getCurrentVersion());
                Forms.success(getTranslation("conflict.kept"));
            });
        }
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("note.deleteTitle"),
                getTranslation("note.deleteText", input.getSummary()), getTranslation("action.delete"), e -> delete());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void delete() {
        long noteId = input.getId();
        try {
            // Close first: the note's comment thread must not ask for a note that is gone.
            close();
            notes.delete(noteId, input.getVersion());
            afterChange.run();
            offerUndo(noteId);
        } catch (ConcurrentEditException conflict) {
            open();
            Forms.error(getTranslation("conflict.text", conflict.getChangedBy(), Formats.dateTime(conflict.getChangedAt())));
        }
    }

    private void offerUndo(long noteId) {
        UndoNotice.show(getTranslation("note.deleted"), getTranslation("note.undo"), () -> {
            try {
                notes.restore(noteId);
                Forms.success(getTranslation("note.restored"));
                afterChange.run();
            } catch (ValidationFailedException expired) {
                Forms.error(getTranslation("note.undoExpired"));
            }
        });
    }
}
