package dk.modningsportal.live;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinServletRequest;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.MaturationFixture;
import dk.modningsportal.TestWorld;
import dk.modningsportal.comment.CommentService;
import dk.modningsportal.comment.CommentTarget;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteRoutes;
import dk.modningsportal.notification.ui.NotificationBell;
import dk.modningsportal.project.WorkspaceRoutes;
import dk.modningsportal.security.UserAccount;
import dk.modningsportal.trialaction.TrialActionRoutes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * Live updates on one node: committed changes reach the screens that show the same workspace, and only
 * those. Unlike the other tests these commit (the bus speaks only after a commit), so they run against a
 * database of their own.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:live-updates-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class LiveUpdatesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestWorld world;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ChangeBus bus;
    @Autowired
    MaturationFixture fixture;
    @Autowired
    UserDetailsService users;
    @Autowired
    CommentService comments;
    @Autowired
    dk.modningsportal.trialaction.TrialActionService trialActions;

    private static boolean built;

    @BeforeEach
    void world() {
        if (!built) {
            transaction.executeWithoutResult(status -> world.build());
            built = true;
        }
    }

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

    /** A Karibu UI signed in as the user, on this (committing) test's own application context. */
    private void openUiAs(UserAccount account) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(KaribuTest.portalRoutes(), context, uiFactory));
        Authentication viewer = loginAs(account);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(viewer);
        request.setUserInRole((principal, role) -> viewer.getAuthorities().stream()
                .anyMatch(r -> r.getAuthority().equals("ROLE_" + role)));
    }

    /** The rows the browser has been told of (not a fresh count): changes only when the view refreshes. */
    private static int shown(Grid<?> grid) {
        return grid.getDataCommunicator().getItemCount();
    }

    @Test
    void a_committed_note_reaches_subscribers_of_its_workspace_and_no_others() {
        List<Change> inA = new CopyOnWriteArrayList<>();
        List<Change> inB = new CopyOnWriteArrayList<>();
        var a = bus.subscribe(c -> c.workspaceId() == world.workspaceA.getId(), inA::add);
        var b = bus.subscribe(c -> c.workspaceId() == world.workspaceB.getId(), inB::add);
        try {
            fixture.note(this::loginAs, world.memberA, world.workspaceA, "Skrevet i A", NoteKind.QUESTION,
                    world.p1Cooperation);
            dk.modningsportal.ModuleEvents.awaitDone(context);
            // The activity feed's entry follows as a change of its own (Change.activityIn).
            assertThat(inA).filteredOn(c -> c.topic().equals(Change.WORKSPACE))
                    .containsExactly(Change.inWorkspace(world.p1.getId(), world.workspaceA.getId()));
            assertThat(inB).isEmpty();
        } finally {
            a.remove();
            b.remove();
        }
    }

    @Test
    void a_colleagues_note_appears_in_an_open_list_without_a_reload() {
        openUiAs(world.memberA);
        UI.getCurrent().navigate("");
        int atHome = bus.subscriberCount();
        UI.getCurrent().navigate(NoteRoutes.notes(world.workspaceA.getId()));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class);
        dk.modningsportal.ModuleEvents.awaitDone(context);
        MockVaadin.clientRoundtrip(false);
        int before = shown(grid);

        // A colleague in the same organisation writes a note (another session, same node).
        fixture.note(this::loginAs, world.projectLeaderA, world.workspaceA, "Kollegaens erfaring", NoteKind.WORKS_WELL,
                world.p1Recruitment);
        loginAs(world.memberA);
        dk.modningsportal.ModuleEvents.awaitDone(context);
        MockVaadin.clientRoundtrip(false);
        assertThat(shown(grid)).isEqualTo(before + 1);

        // Another organisation's note does not touch this screen.
        fixture.note(this::loginAs, world.memberB, world.workspaceB, "Anden kommune", NoteKind.WORKS_WELL,
                world.p1Recruitment);
        loginAs(world.memberA);
        dk.modningsportal.ModuleEvents.awaitDone(context);
        MockVaadin.clientRoundtrip(false);
        assertThat(shown(grid)).isEqualTo(before + 1);

        UI.getCurrent().navigate("");
        assertThat(bus.subscriberCount()).as("leaving the list ends its subscriptions").isEqualTo(atHome);
    }

    @Test
    void the_bell_counts_a_mention_the_moment_it_is_committed_and_only_for_the_person_named() {
        openUiAs(world.leaderA);
        UI.getCurrent().navigate("");
        NotificationBell bell = _get(NotificationBell.class);
        String before = bell.shown();

        var note = fixture.note(this::loginAs, world.memberA, world.workspaceA, "Noget at tale om", NoteKind.QUESTION,
                world.p1Cooperation);
        loginAs(world.memberA);
        comments.add(CommentTarget.note(note.getId()), null, "Hvad mener du, @leader.a?");
        comments.add(CommentTarget.note(note.getId()), null, "Og du, @leader.project.a?");
        loginAs(world.leaderA);
        dk.modningsportal.ModuleEvents.awaitDone(context);
        MockVaadin.clientRoundtrip(false);
        assertThat(bell.shown()).isEqualTo(String.valueOf((before.isEmpty() ? 0 : Integer.parseInt(before)) + 1));
    }

    @Test
    void the_workspace_overview_counts_a_colleagues_note_without_a_reload() {
        openUiAs(world.memberA);
        UI.getCurrent().navigate(WorkspaceRoutes.overview(world.workspaceA.getId()));
        com.vaadin.flow.component.html.Div figures = _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("portal-figures"));
        String before = figures.getElement().getTextRecursively();

        fixture.note(this::loginAs, world.projectLeaderA, world.workspaceA, "Ny erfaring fra Per", NoteKind.WORKS_WELL,
                world.p1Cooperation);
        loginAs(world.memberA);
        dk.modningsportal.ModuleEvents.awaitDone(context);
        MockVaadin.clientRoundtrip(false);
        assertThat(figures.getElement().getTextRecursively()).isNotEqualTo(before);
        assertThat(_get(dk.modningsportal.activity.ui.ActivityFeed.class).shown().get(0))
                .startsWith("Per A skrev erfaringen Ny erfaring fra Per");
    }

    @Test
    void an_open_trial_action_says_at_once_that_a_colleague_saved_it_and_what_changed() {
        var action = fixture.evaluatedTrialAction(this::loginAs, world.projectLeaderA, world.workspaceA, "Morgenmøde",
                world.p1Cooperation);
        openUiAs(world.memberA);
        UI.getCurrent().navigate(TrialActionRoutes.trialAction(action.getId()));
        com.vaadin.flow.component.html.Div notice = com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("stale-notice")).stream().findFirst()
                .orElse(null);
        assertThat(notice == null || !notice.isVisible()).isTrue();

        loginAs(world.projectLeaderA);
        var theirs = trialActions.load(action.getId());
        theirs.setTitle("Morgenmøde hver tirsdag");
        trialActions.update(theirs);
        loginAs(world.memberA);
        dk.modningsportal.ModuleEvents.awaitDone(context);
        MockVaadin.clientRoundtrip(false);

        notice = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("stale-notice"));
        assertThat(notice.getElement().getTextRecursively()).contains("Per A gemte en ændring", "Titel");
    }
}
