package dk.modningsportal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.base.ui.Navigation;
import dk.modningsportal.security.AccountAdministration;
import dk.modningsportal.security.AccountAdministration.Invitation;
import dk.modningsportal.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The page an invitation or set-up link opens: choose a password, or learn that the link is spent. */
class SetPasswordViewTest extends KaribuTest {

    @Autowired
    AccountAdministration accounts;

    @Test
    void the_link_opens_a_form_that_sets_the_password_and_leads_to_the_login() {
        String link = invite();
        Navigation.to(link.substring(link.indexOf("account/")));
        SetPasswordView view = _get(SetPasswordView.class);
        assertThat(view.greeting.getText()).contains("Nina Ny").contains("nina@kommune-a.dk");

        enter(view.password, "kort");
        enter(view.repeated, "kort");
        _click(view.save);
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("Adgangskoden skal have mindst 12 tegn.");

        enter(view.password, "en lang og god sætning");
        enter(view.repeated, "en lang og god sætning");
        _click(view.save);
        LoginView login = _get(LoginView.class);
        assertThat(login.ready.getText()).isEqualTo("Din adgangskode er gemt. Log ind som nina@kommune-a.dk.");

        Navigation.to(link.substring(link.indexOf("account/")));
        assertThat(_get(SetPasswordView.class).greeting.getText()).startsWith("Linket er brugt");
    }

    @Test
    void a_made_up_token_shows_no_form() {
        SecurityContextHolder.clearContext();
        Navigation.to("account/set-password?token=gættet");
        SetPasswordView view = _get(SetPasswordView.class);
        assertThat(view.greeting.getText()).startsWith("Linket er brugt");
        assertThat(view.password.isAttached()).isFalse();
    }

    private String invite() {
        loginAs(world.admin);
        String link = accounts.invite(new Invitation("Nina Ny", "nina@kommune-a.dk", Role.TEAM_MEMBER,
                world.orgA.getId())).link();
        SecurityContextHolder.clearContext();
        UI.getCurrent().getPage();
        return link;
    }
}
