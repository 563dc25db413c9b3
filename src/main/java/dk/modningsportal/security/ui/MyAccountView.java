package dk.modningsportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.DownloadLinks;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.base.ui.LocaleSettings;
import dk.modningsportal.base.ui.PortalI18NProvider;
import dk.modningsportal.security.MyAccount;
import dk.modningsportal.security.MyAccount.Profile;
import dk.modningsportal.security.UserAccount;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/** "Min konto": one's name, address and language, a new password, and a copy of one's own data. */
@Route("account")
@PermitAll
class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    final Button saveProfile = new Button();
    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button changePassword = new Button();
    final Anchor download;
    private final MyAccount account;
    private long version;

    MyAccountView(MyAccount account) {
        this.account = account;
        addClassName("portal-page");
        addClassName("account-page");
        Profile profile = account.profile();
        add(new H2(getTranslation("account.title")),
                new Paragraph(getTranslation("account.who", profile.username(), Formats.label(profile.role()),
                        profile.organisationName())));

        displayName.setLabel(getTranslation("account.displayName"));
        Forms.limit(displayName, UserAccount.NAME_MAX);
        email.setLabel(getTranslation("account.email"));
        Forms.limit(email, UserAccount.EMAIL_MAX);
        language.setLabel(getTranslation("account.language"));
        language.setItems("da", "en");
        language.setItemLabelGenerator(l -> getTranslation("account.language." + l));
        saveProfile.setText(getTranslation("action.save"));
        saveProfile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveProfile.addClickListener(e -> saveProfile());
        FormLayout profileForm = Forms.responsiveLayout();
        profileForm.add(displayName, email, language);
        fill(profile);

        current.setLabel(getTranslation("account.currentPassword"));
        password.setLabel(getTranslation("setPassword.password"));
        password.setHelperText(getTranslation("setPassword.rules"));
        repeated.setLabel(getTranslation("setPassword.repeat"));
        changePassword.setText(getTranslation("account.changePassword"));
        List.of(current, password, repeated).forEach(Forms::translateRevealButtons);
        changePassword.addClickListener(e -> changePassword());
        FormLayout passwordForm = Forms.responsiveLayout();
        passwordForm.add(current, new Div(), password, repeated);

        download = DownloadLinks.of(getTranslation("account.download"), "mine-data.xlsx", DownloadLinks.XLSX,
                account::exportPersonalData);

        add(section(getTranslation("account.profile"), profileForm, saveProfile),
                section(getTranslation("account.password"), passwordForm, changePassword),
                section(getTranslation("account.notifications"),
                        new Anchor("notifications", getTranslation("account.notificationsLink"))),
                section(getTranslation("account.data"), new Paragraph(getTranslation("account.dataIntro")), download));
    }

    private static Div section(String title, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H3(title));
        section.add(content);
        section.addClassName("portal-section");
        section.setWidthFull();
        return section;
    }

    private void fill(Profile profile) {
        version = profile.version();
        displayName.setValue(profile.displayName());
        email.setValue(profile.email() == null ? "" : profile.email());
        language.setValue("en".equals(profile.language()) ? "en" : "da");
    }

    private void saveProfile() {
        displayName.setInvalid(false);
        email.setInvalid(false);
        try {
            account.update(version, displayName.getValue(), email.getValue(), language.getValue());
            boolean switchLanguage = "en".equals(language.getValue()) != LocaleSettings.isEnglish();
            fill(account.profile());
            Forms.success(getTranslation("account.saved"));
            if (switchLanguage) {
                LocaleSettings.switchTo("en".equals(language.getValue()) ? PortalI18NProvider.ENGLISH : PortalI18NProvider.DANISH);
            }
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, Map.of("displayName", displayName, "email", email));
        }
    }

    private void changePassword() {
        current.setInvalid(false);
        password.setInvalid(false);
        repeated.setInvalid(false);
        try {
            account.changePassword(current.getValue(), password.getValue(), repeated.getValue());
            current.clear();
            password.clear();
            repeated.clear();
            Forms.success(getTranslation("account.passwordChanged"));
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, Map.of("current", current, "password", password, "repeated", repeated));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
