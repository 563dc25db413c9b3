package dk.modningsportal.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.CprGuard;
import dk.modningsportal.base.ValidationFailedException;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;

/** Form helpers shared by the capabilities' views: validators, layout, messages. */
public final class Forms {

    private Forms() {
    }

    /** Refuses text holding a CPR-like number, before it ever reaches a service. */
    public static Validator<String> noCprNumber() {
        return (value, context) -> CprGuard.containsCprNumber(value)
                ? ValidationResult.error(I18NProvider.translate("validation.cpr"))
                : ValidationResult.ok();
    }

    public static Validator<String> maxLength(int max) {
        return (value, context) -> value != null && value.length() > max
                ? ValidationResult.error(I18NProvider.translate("validation.tooLongMax", max))
                : ValidationResult.ok();
    }

    /**
     * The field takes at most {@code max} characters, and a longer value (sent past the browser's limit) is refused
     * with words that name the limit: the component's own check has no message unless it is given one.
     */
    public static void limit(TextField field, int max) {
        field.setMaxLength(max);
        field.setI18n(Optional.ofNullable(field.getI18n()).orElseGet(TextField.TextFieldI18n::new)
                .setMaxLengthErrorMessage(I18NProvider.translate("validation.tooLongMax", max)));
    }

    public static void limit(TextArea field, int max) {
        field.setMaxLength(max);
        field.setI18n(Optional.ofNullable(field.getI18n()).orElseGet(TextArea.TextAreaI18n::new)
                .setMaxLengthErrorMessage(I18NProvider.translate("validation.tooLongMax", max)));
    }

    public static void limit(EmailField field, int max) {
        field.setMaxLength(max);
        field.setI18n(Optional.ofNullable(field.getI18n()).orElseGet(EmailField.EmailFieldI18n::new)
                .setMaxLengthErrorMessage(I18NProvider.translate("validation.tooLongMax", max)));
    }

    /** One column on a phone, two from tablet width. */
    public static FormLayout responsiveLayout() {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("640px", 2));
        return layout;
    }

    /** Marks the fields a service refused, in the user's language; fields without a component get a notification. */
    public static void showServiceErrors(ValidationFailedException failure, Map<String, ? extends HasValidation> fields) {
        StringBuilder unplaced = new StringBuilder();
        failure.getFieldMessageKeys().forEach((field, key) -> {
            HasValidation component = fields.get(field);
            if (component != null) {
                component.setErrorMessage(I18NProvider.translate(key));
                component.setInvalid(true);
            } else {
                unplaced.append(I18NProvider.translate(key)).append(' ');
            }
        });
        error(unplaced.isEmpty() ? I18NProvider.translate("form.fixErrors") : unplaced.toString().strip());
    }

    /**
     * The password fields' "show password" button in the person's language: the Flow API has no text for it,
     * so it is set on the web component (and on those inside a login form).
     */
    public static void translateRevealButtons(com.vaadin.flow.component.Component field) {
        field.getElement().executeJs("""
                customElements.whenDefined('vaadin-password-field').then(() => {
                  const fields = this.localName === 'vaadin-password-field' ? [this]
                      : [...this.querySelectorAll('vaadin-password-field')];
                  fields.forEach(f => f.i18n = {...f.i18n, reveal: $0});
                });""", I18NProvider.translate("form.showPassword"));
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * One error notice at a time, at the bottom: a second save replaces the first notice rather than stacking
     * on it, and neither covers the form the person is correcting.
     */
    public static void error(String text) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui != null && ComponentUtil.getData(ui, SHOWN_ERROR) instanceof Notification shown) {
            shown.close();
        }
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        if (ui != null) {
            ComponentUtil.setData(ui, SHOWN_ERROR, notification);
        }
    }

    private static final String SHOWN_ERROR = "portal.shownError";
}
