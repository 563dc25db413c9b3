package dk.modningsportal.selfevaluation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinServletRequest;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.TestWorld;
import dk.modningsportal.security.UserAccount;
import dk.modningsportal.selfevaluation.AnswerKey;
import dk.modningsportal.selfevaluation.Quarter;
import dk.modningsportal.selfevaluation.SelfEvaluationRoutes;
import dk.modningsportal.selfevaluation.SelfEvaluationService;
import java.time.LocalDate;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The team fills in the form together: a colleague's saved answer appears in an open form, but never
 * replaces what the person there has changed themselves. Commits, so it has a database of its own.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:self-evaluation-live;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class SelfEvaluationLiveTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    ApplicationContext context;
    @Autowired
    TestWorld world;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    SelfEvaluationService service;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    private Authentication loginAs(UserAccount account) {
        UserDetails user = users.loadUserByUsername(account.getUsername());
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    @Test
    void a_colleagues_answer_appears_in_the_open_form_but_not_over_ones_own_change() {
        transaction.executeWithoutResult(status -> world.build());
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(KaribuTest.portalRoutes(), context, uiFactory));
        Authentication viewer = loginAs(world.memberA);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(viewer);
        request.setUserInRole((principal, role) -> viewer.getAuthorities().stream()
                .anyMatch(r -> r.getAuthority().equals("ROLE_" + role)));
        UI.getCurrent().navigate(SelfEvaluationRoutes.selfEvaluation(world.workspaceA.getId()));
        SelfEvaluationView view = _get(SelfEvaluationView.class);
        TextArea drivers = (TextArea) view.fields.get(AnswerKey.Text.DRIVERS);
        TextArea barriers = (TextArea) view.fields.get(AnswerKey.Text.BARRIERS);
        // Anna is in the barriers field, typing (nothing sent yet).
        ComponentUtil.fireEvent(barriers, new FocusNotifier.FocusEvent<>(barriers, true));

        loginAs(world.projectLeaderA);
        var form = service.open(world.workspaceA.getId(), Quarter.of(LocalDate.now(clock)));
        form = service.saveAnswer(form.id(), AnswerKey.Text.DRIVERS, "", "Pers drivkraft");
        service.saveAnswer(form.id(), AnswerKey.Text.BARRIERS, "", "Pers barriere");
        loginAs(world.memberA);
        dk.modningsportal.ModuleEvents.awaitDone(context);
        MockVaadin.clientRoundtrip(false);

        assertThat(drivers.getValue()).isEqualTo("Pers drivkraft");
        assertThat(barriers.getValue()).as("not replaced while she is in the field").isEmpty();
    }
}
