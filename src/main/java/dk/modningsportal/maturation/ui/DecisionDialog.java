package dk.modningsportal.maturation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.maturation.DecisionKind;
import dk.modningsportal.maturation.MaturationDecision;
import dk.modningsportal.maturation.MaturationDecisions;
import dk.modningsportal.maturation.MaturationDecisions.DecisionInput;
import java.util.List;
import java.util.Map;

/** Records what the workshop decided about a theme; the draft of the next version changes at once. */
class DecisionDialog extends Dialog {

    final RadioButtonGroup<DecisionKind> kind = new RadioButtonGroup<>();
    final ComboBox<CoreElementRef> coreElement = new ComboBox<>();
    final TextField newName = new TextField();
    final TextArea newText = new TextArea();
    final TextArea reason = new TextArea();
    final Button save = new Button();

    private final MaturationDecisions decisions;
    private final long themeId;
    private final Runnable afterSave;

    DecisionDialog(MaturationDecisions decisions, long themeId, String themeTitle, String draftLabel,
            List<CoreElementRef> elements, Runnable afterSave) {
        this.decisions = decisions;
        this.themeId = themeId;
        this.afterSave = afterSave;
        setHeaderTitle(getTranslation("decision.title", themeTitle));
        setWidth("min(680px, 100vw)");
        kind.setLabel(getTranslation("decision.kind", draftLabel));
        kind.setItems(DecisionKind.values());
        kind.setItemLabelGenerator(Formats::label);
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.addValueChangeListener(e -> updateFields());
        coreElement.setLabel(getTranslation("note.coreElement"));
        coreElement.setItems(elements);
        coreElement.setItemLabelGenerator(CoreElementRef::name);
        coreElement.addValueChangeListener(e -> {
            if (e.getValue() != null && kind.getValue() == DecisionKind.CHANGE_ELEMENT && newText.isEmpty()) {
                newText.setValue(e.getValue().description() == null ? "" : e.getValue().description());
            }
        });
        newName.setLabel(getTranslation("decision.newName"));
        Forms.limit(newName, MaturationDecision.NAME_MAX);
        newText.setLabel(getTranslation("decision.newText"));
        Forms.limit(newText, MaturationDecision.TEXT_MAX);
        reason.setLabel(getTranslation("decision.reason"));
        Forms.limit(reason, MaturationDecision.TEXT_MAX);
        reason.setHelperText(getTranslation("decision.reasonHelp"));
        coreElement.setWidthFull();
        newName.setWidthFull();
        newText.setWidthFull();
        reason.setWidthFull();
        add(new VerticalLayout(kind, coreElement, newName, newText, reason));
        save.setText(getTranslation("decision.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
        updateFields();
    }

    private void updateFields() {
        DecisionKind chosen = kind.getValue();
        coreElement.setVisible(chosen == DecisionKind.CHANGE_ELEMENT || chosen == DecisionKind.REMOVE_ELEMENT);
        newName.setVisible(chosen == DecisionKind.ADD_ELEMENT);
        newText.setVisible(chosen != null && chosen != DecisionKind.REMOVE_ELEMENT && chosen != DecisionKind.NO_CHANGE);
    }

    void save() {
        try {
            decisions.decide(themeId, new DecisionInput(kind.getValue(),
                    coreElement.isVisible() && coreElement.getValue() != null ? coreElement.getValue().id() : null,
                    newName.isVisible() ? newName.getValue() : null, newText.isVisible() ? newText.getValue() : null,
                    reason.getValue()));
            Forms.success(getTranslation("decision.saved"));
            close();
            afterSave.run();
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, Map.of("kind", kind, "coreElement", coreElement, "newName", newName,
                    "newText", newText, "reason", reason));
        }
    }
}
