package dk.modningsportal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.KaribuTest;
import dk.modningsportal.TestWorld;
import dk.modningsportal.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class MyAccountViewTest extends KaribuTest {

    @Autowired
    PasswordEncoder encoder;

    @Test
    void a_new_password_needs_the_current_one() {
        openAs(world.memberA, "account");
        MyAccountView view = _get(MyAccountView.class);
        enter(view.current, "forkert gæt");
        enter(view.password, "min nye lange adgangskode");
        enter(view.repeated, "min nye lange adgangskode");
        _click(view.changePassword);
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("Den nuværende adgangskode er forkert.");

        enter(view.current, TestWorld.PASSWORD);
        _click(view.changePassword);
        assertThat(view.current.getValue()).isEmpty();
        world.em.flush();
        world.em.clear();
        UserAccount me = world.em.find(UserAccount.class, world.memberA.getId());
        assertThat(encoder.matches("min nye lange adgangskode", me.getPasswordHash())).isTrue();
    }

    @Test
    void name_and_address_are_saved_and_a_taken_address_is_refused_in_the_form() {
        openAs(world.memberA, "account");
        MyAccountView view = _get(MyAccountView.class);
        assertThat(view.displayName.getValue()).isEqualTo("Anna A");
        enter(view.email, "member.b@example.dk");
        _click(view.saveProfile);
        assertThat(view.email.getErrorMessage()).isEqualTo("Der er allerede en bruger med den e-mailadresse.");
        enter(view.email, "anna@kommune-a.dk");
        enter(view.displayName, "Anna Andersen");
        _click(view.saveProfile);
        world.em.flush();
        world.em.clear();
        UserAccount me = world.em.find(UserAccount.class, world.memberA.getId());
        assertThat(me.getDisplayName()).isEqualTo("Anna Andersen");
        assertThat(me.getEmail()).isEqualTo("anna@kommune-a.dk");
    }
}
