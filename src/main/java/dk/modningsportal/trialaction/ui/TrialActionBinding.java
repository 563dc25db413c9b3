package dk.modningsportal.trialaction.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.trialaction.TrialActionInput;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trial action form's binder, and its fields by the names the service's refusals use, so that a refusal lands
 * on its field; shared by the form's sections.
 */
final class TrialActionBinding {

    private final Binder<TrialActionInput> binder = new Binder<>();
    private final Map<String, HasValidation> byName = new LinkedHashMap<>();
    private final String requiredMessage;

    TrialActionBinding(String requiredMessage) {
        this.requiredMessage = requiredMessage;
    }

    Binder<TrialActionInput> binder() {
        return binder;
    }

    Map<String, HasValidation> byName() {
        return byName;
    }

    void register(String name, HasValidation field) {
        byName.put(name, field);
    }

    /** A text field bound with its length limit and the CPR guard; required or not. */
    <F extends HasValue<?, String> & HasValidation> Binder.BindingBuilder<TrialActionInput, String> text(F field,
            String name, int max, boolean required) {
        register(name, field);
        Binder.BindingBuilder<TrialActionInput, String> builder = binder.forField(field);
        if (required) {
            builder = builder.asRequired(requiredMessage);
        }
        return builder.withValidator(Forms.maxLength(max)).withValidator(Forms.noCprNumber());
    }
}
