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
import dk.modningsportal.base.ui.LocaleSettings;
import dk.modningsportal.base.ui.PortalI18NProvider;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm login = new LoginForm();

    LoginView() {
        addClassName("portal-login");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        Div intro = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")));
        intro.addClassName("portal-login-intro");
        boolean english = LocaleSettings.isEnglish();
        Button language = new Button(getTranslation(english ? "language.toDanish" : "language.toEnglish"),
                e -> LocaleSettings.switchTo(english ? PortalI18NProvider.DANISH : PortalI18NProvider.ENGLISH));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div card = new Div(intro, login, language);
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
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.errorTitle"));
        error.setMessage(getTranslation("login.errorMessage"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
