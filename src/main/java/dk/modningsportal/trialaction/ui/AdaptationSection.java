package dk.modningsportal.trialaction.ui;

import static dk.modningsportal.trialaction.TrialActionInput.ADAPTATION_DECIDED_BY;
import static dk.modningsportal.trialaction.TrialActionInput.ADAPTATION_FIDELITY;
import static dk.modningsportal.trialaction.TrialActionInput.ADAPTATION_PLANNING;
import static dk.modningsportal.trialaction.TrialActionInput.ADAPTATION_REASON;
import static dk.modningsportal.trialaction.TrialActionInput.ADAPTATION_WHAT;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializablePredicate;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.trialaction.Adaptation;
import dk.modningsportal.trialaction.AdaptationDecider;
import dk.modningsportal.trialaction.AdaptationPlanning;
import dk.modningsportal.trialaction.FidelityConsistency;
import dk.modningsportal.trialaction.TrialActionInput;
import java.util.List;

/**
 * The adaptation of a trial action whose team decided to adjust it, recorded after FRAME: planned or not, who
 * decided, what was changed, whether it keeps to the core elements, and why. Shown and required only then.
 */
class AdaptationSection extends Div {

    final RadioButtonGroup<AdaptationPlanning> planning = new RadioButtonGroup<>();
    final Select<AdaptationDecider> decidedBy = new Select<>();
    final TextArea what = new TextArea();
    final RadioButtonGroup<FidelityConsistency> fidelity = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();

    AdaptationSection() {
        planning.setLabel(getTranslation("adaptation.planning"));
        planning.setItems(AdaptationPlanning.values());
        planning.setItemLabelGenerator(Formats::label);
        decidedBy.setLabel(getTranslation("adaptation.decidedBy"));
        decidedBy.setItems(AdaptationDecider.values());
        decidedBy.setItemLabelGenerator(v -> v == null ? "" : Formats.label(v));
        what.setLabel(getTranslation("adaptation.what"));
        Forms.limit(what, Adaptation.TEXT_MAX);
        fidelity.setLabel(getTranslation("adaptation.fidelity"));
        fidelity.setItems(FidelityConsistency.values());
        fidelity.setItemLabelGenerator(Formats::label);
        reason.setLabel(getTranslation("adaptation.reason"));
        Forms.limit(reason, Adaptation.TEXT_MAX);

        FormLayout layout = Forms.responsiveLayout();
        layout.add(planning, decidedBy);
        layout.add(what, 2);
        layout.add(fidelity, 2);
        layout.add(reason, 2);
        Paragraph help = new Paragraph(getTranslation("adaptation.help"));
        help.addClassName("portal-help");
        add(new H3(getTranslation("adaptation.section")), help, layout);
        addClassName("portal-section");
    }

    /** Binds the fields to the form's binder, each required while the trial action is being adjusted. */
    void bind(TrialActionBinding form, SerializablePredicate<Object> filledWhenAdjusted) {
        String required = getTranslation("validation.required");
        form.register(ADAPTATION_PLANNING, planning);
        form.binder().forField(planning).withValidator(filledWhenAdjusted::test, required)
                .bind(TrialActionInput::getAdaptationPlanning, TrialActionInput::setAdaptationPlanning);
        form.register(ADAPTATION_DECIDED_BY, decidedBy);
        form.binder().forField(decidedBy).withValidator(filledWhenAdjusted::test, required)
                .bind(TrialActionInput::getAdaptationDecidedBy, TrialActionInput::setAdaptationDecidedBy);
        form.text(what, ADAPTATION_WHAT, Adaptation.TEXT_MAX, false).withValidator(filledWhenAdjusted::test, required)
                .bind(TrialActionInput::getAdaptationWhat, TrialActionInput::setAdaptationWhat);
        form.register(ADAPTATION_FIDELITY, fidelity);
        form.binder().forField(fidelity).withValidator(filledWhenAdjusted::test, required)
                .bind(TrialActionInput::getAdaptationFidelity, TrialActionInput::setAdaptationFidelity);
        form.text(reason, ADAPTATION_REASON, Adaptation.TEXT_MAX, false).withValidator(filledWhenAdjusted::test, required)
                .bind(TrialActionInput::getAdaptationReason, TrialActionInput::setAdaptationReason);
    }

    /** What "adjust" asks for is marked before saving, not discovered after. */
    void markRequired(boolean adjusted) {
        planning.setRequiredIndicatorVisible(adjusted);
        decidedBy.setRequiredIndicatorVisible(adjusted);
        fidelity.setRequiredIndicatorVisible(adjusted);
        List.of(what, reason).forEach(field -> field.setRequiredIndicatorVisible(adjusted));
    }
}
