package dk.modningsportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.security.AccountLinks;
import dk.modningsportal.security.AccountLinks.LinkInfo;
import java.util.Map;

/** Where set-up, invitation and reset links lead: the person chooses a password, then signs in. */
@Route(value = "account/set-password", autoLayout = false)
@AnonymousAllowed
class SetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph greeting = new Paragraph();
    final PasswordField password = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button save = new Button();
    final Div form = new Div();
    private final AccountLinks links;
    private String token;

    SetPasswordView(AccountLinks links) {
        this.links = links;
        addClassName("portal-login");
        password.setLabel(getTranslation("setPassword.password"));
        password.setHelperText(getTranslation("setPassword.rules"));
        password.setWidthFull();
        repeated.setLabel(getTranslation("setPassword.repeat"));
        repeated.setWidthFull();
        Forms.translateRevealButtons(password);
        Forms.translateRevealButtons(repeated);
        save.setText(getTranslation("setPassword.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        save.addClickListener(e -> save());
        form.addClassName("portal-login-form");
        Div card = new Div(new H1(getTranslation("app.name")), greeting, form);
        card.addClassName("portal-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        form.removeAll();
        links.describe(token).ifPresentOrElse(this::showForm, () -> {
            greeting.setText(getTranslation("setPassword.expired"));
            form.add(new Anchor("login", getTranslation("setPassword.toLogin")));
        });
    }

    private void showForm(LinkInfo link) {
        greeting.setText(getTranslation("setPassword.greeting", link.displayName(), link.username()));
        form.add(password, repeated, save);
        password.focus();
    }

    private void save() {
        password.setInvalid(false);
        repeated.setInvalid(false);
        try {
            String username = links.setPassword(token, password.getValue(), repeated.getValue());
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.simple(Map.of("ready", username))));
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, Map.of("password", password, "repeated", repeated));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setPassword.title");
    }
}
