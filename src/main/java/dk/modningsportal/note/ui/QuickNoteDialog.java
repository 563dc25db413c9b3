package dk.modningsportal.note.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.note.ExperienceNote;
import dk.modningsportal.note.NoteInput;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.project.WorkspaceSummary;
import java.util.List;
import java.util.Map;

/**
 * Capture an experience in seconds: what happened, what kind, which core element; one click saves.
 * Version and source take their defaults (the version in trial, daily practice).
 */
class QuickNoteDialog extends Dialog {

    final Select<WorkspaceSummary> workspace = new Select<>();
    final TextArea summary = new TextArea();
    final RadioButtonGroup<NoteKind> kind = new RadioButtonGroup<>();
    final ComboBox<CoreElementRef> coreElement = new ComboBox<>();
    final Button save = new Button();

    private final NoteService notes;
    private final InterventionCatalog catalog;
    private final Binder<NoteInput> binder = new Binder<>();

    QuickNoteDialog(NoteService notes, InterventionCatalog catalog, List<WorkspaceSummary> writable,
            WorkspaceSummary preselected) {
        this.notes = notes;
        this.catalog = catalog;
        setHeaderTitle(getTranslation("quickNote.title"));
        setWidth("min(560px, 100vw)");
        // Stable ids: the load test (load/) finds these components by them.
        summary.setId("quick-note-summary");
        kind.setId("quick-note-kind");
        save.setId("quick-note-save");

        workspace.setLabel(getTranslation("quickNote.workspace"));
        workspace.setItems(writable);
        workspace.setItemLabelGenerator(w -> w.projectName() + " · " + w.organisationName());
        workspace.setValue(preselected);
        workspace.setVisible(writable.size() > 1);
        workspace.addValueChangeListener(e -> loadCoreElements());

        summary.setLabel(getTranslation("quickNote.summary"));
        summary.setPlaceholder(getTranslation("quickNote.placeholder"));
        Forms.limit(summary, ExperienceNote.SUMMARY_MAX);
        summary.setWidthFull();
        kind.setLabel(getTranslation("note.kind"));
        kind.setItems(NoteKind.values());
        kind.setItemLabelGenerator(Formats::label);
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        coreElement.setLabel(getTranslation("note.coreElement"));
        coreElement.setItemLabelGenerator(CoreElementRef::name);
        coreElement.setClearButtonVisible(true);
        coreElement.setPlaceholder(getTranslation("note.noCoreElement"));
        coreElement.setWidthFull();
        loadCoreElements();

        String required = getTranslation("validation.required");
        binder.forField(summary).asRequired(required).withValidator(Forms.maxLength(ExperienceNote.SUMMARY_MAX))
                .withValidator(Forms.noCprNumber()).bind(NoteInput::getSummary, NoteInput::setSummary);
        binder.forField(kind).asRequired(required).bind(NoteInput::getKind, NoteInput::setKind);
        binder.forField(coreElement).bind(NoteInput::getCoreElement, NoteInput::setCoreElement);

        add(new VerticalLayout(workspace, summary, kind, coreElement));
        save.setText(getTranslation("quickNote.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
        summary.focus();
    }

    private void loadCoreElements() {
        coreElement.clear();
        coreElement.setItems(workspace.getValue() == null ? List.of()
                : catalog.currentCoreElements(workspace.getValue().workspaceId()));
    }

    void save() {
        NoteInput input = new NoteInput();
        if (!binder.writeBeanIfValid(input)) {
            return;
        }
        long workspaceId = workspace.getValue().workspaceId();
        try {
            notes.capture(workspaceId, input.getSummary(), input.getKind(), input.getCoreElement());
            Forms.success(getTranslation("quickNote.saved", workspace.getValue().projectName()));
            close();
            UI ui = UI.getCurrent();
            ComponentUtil.fireEvent(ui, new NoteCapturedEvent(ui, workspaceId));
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, Map.of(NoteInput.SUMMARY, summary, NoteInput.KIND, kind,
                    NoteInput.CORE_ELEMENT, coreElement));
        }
    }
}
