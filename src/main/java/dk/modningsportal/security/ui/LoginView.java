package dk.modningsportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.base.ui.LocaleSettings;
import dk.modningsportal.base.ui.PortalI18NProvider;
import dk.modningsportal.security.SignInNames;
import dk.modningsportal.security.SingleSignOn;
import com.vaadin.flow.component.html.Anchor;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm login = new LoginForm();
    final Paragraph ready = new Paragraph();

    final Anchor singleSignOnLink = new Anchor();

    LoginView(SingleSignOn singleSignOn) {
        addClassName("portal-login");
        login.setAction("login");
        login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setI18n(i18n());
        Forms.translateRevealButtons(login);

        Div intro = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")));
        intro.addClassName("portal-login-intro");
        boolean english = LocaleSettings.isEnglish();
        Button language = new Button(getTranslation(english ? "language.toDanish" : "language.toEnglish"),
                e -> LocaleSettings.switchTo(english ? PortalI18NProvider.DANISH : PortalI18NProvider.ENGLISH));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        ready.addClassName("portal-login-ready");
        ready.setVisible(false);
        Div card = new Div(intro, ready, login);
        if (singleSignOn.enabled()) {
            // A full page load: the provider's sign-in is outside the portal.
            singleSignOnLink.setHref(singleSignOn.startPath());
            singleSignOnLink.setRouterIgnore(true);
            singleSignOnLink.setText(singleSignOn.label().orElse(getTranslation("login.singleSignOn")));
            singleSignOnLink.addClassName("portal-sso-button");
            card.add(singleSignOnLink);
        }
        card.add(language);
        card.addClassName("portal-login-card");
        add(card);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.errorTitle"));
        error.setMessage(getTranslation("login.errorMessage"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        boolean failed = parameters.getParameters().containsKey("error");
        if (failed && lastFailureWasLock()) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.lockedTitle"));
            i18n.getErrorMessage().setMessage(getTranslation("login.lockedMessage"));
            login.setI18n(i18n);
        }
        login.setError(failed);
        if (failed) {
            lastTypedName().ifPresent(name -> login.getElement().executeJs(
                    "const field = this.querySelector('#vaadinLoginUsername'); if (field) { field.value = $0; }", name));
        }
        parameters.getSingleParameter("ready").ifPresent(username -> {
            ready.setText(getTranslation("login.passwordReady", username));
            ready.setVisible(true);
        });
    }

    /** The name typed in the failed sign-in, so only the password is typed again. */
    static java.util.Optional<String> lastTypedName() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(session.getSession().getAttribute(SignInNames.LAST_TYPED_NAME))
                .map(Object::toString);
    }

    /** Spring Security leaves the last sign-in failure in the session; a lock gets its own message. */
    private static boolean lastFailureWasLock() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return false;
        }
        return session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
