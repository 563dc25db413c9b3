package dk.modningsportal.comment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.MaturationFixture;
import dk.modningsportal.activity.ui.ActivityFeed;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.notification.ui.NotificationBell;
import dk.modningsportal.notification.ui.NotificationsView;
import dk.modningsportal.project.WorkspaceRoutes;
import dk.modningsportal.security.UserDirectory.Reader;
import dk.modningsportal.trialaction.TrialActionRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Talking about a trial action where it is: the thread under the form, the bell, the notification list, the feed. */
class CommentThreadTest extends KaribuTest {

    @Autowired
    MaturationFixture fixture;
    @Autowired
    dk.modningsportal.notification.NotificationService notifications;
    @Autowired
    dk.modningsportal.trialaction.TrialActionService trialActions;

    private long trialActionOfPer() {
        return fixture.evaluatedTrialAction(this::loginAs, world.projectLeaderA, world.workspaceA, "Fælles morgenmøde",
                world.p1Cooperation).getId();
    }

    @Test
    void a_member_names_a_colleague_from_the_picker_and_the_colleague_follows_the_bell_to_the_comment() {
        long id = trialActionOfPer();
        openAs(world.memberA, TrialActionRoutes.trialAction(id));
        CommentThread thread = _get(CommentThread.class);
        assertThat(thread.shown()).isEmpty();
        Reader lene = thread.mention.getListDataView().getItems().filter(r -> r.displayName().equals("Lene A"))
                .findFirst().orElseThrow();
        assertThat(thread.mention.getListDataView().getItems().map(Reader::displayName))
                .as("the organisation's people and the project's consultant").contains("Per A", "Konsulent Et")
                .doesNotContain("Bo B", "Konsulent To");
        // Typing "@" and a few letters offers the people who can read it, inline; picking one completes the name.
        enter(thread.text, "Kan vi tage den op på næste møde? @le");
        assertThat(thread.suggestions.isVisible()).isTrue();
        assertThat(_find(thread.suggestions, Button.class)).extracting(Button::getText)
                .containsExactly("Lene A (@leader.a)", "Per A (@leader.project.a)");
        _click(_get(thread.suggestions, Button.class, spec -> spec.withText("Lene A (@leader.a)")));
        assertThat(thread.text.getValue()).isEqualTo("Kan vi tage den op på næste møde? @leader.a ");
        assertThat(thread.suggestions.isVisible()).isFalse();
        // The picker completes a bare "@" rather than adding a second one.
        enter(thread.text, "Kan vi tage den op på næste møde? @");
        enter(thread.mention, lene);
        assertThat(thread.text.getValue()).isEqualTo("Kan vi tage den op på næste møde? @leader.a ");
        _click(thread.send);
        assertThat(thread.shown()).containsExactly("Anna A: Kan vi tage den op på næste møde? @leader.a");
        assertThat(thread.text.getValue()).isEmpty();

        openAs(world.leaderA, "");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.shown()).isEqualTo("1");
        _click(bell);
        NotificationsView view = _get(NotificationsView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Anna A nævnte dig", "Fælles morgenmøde");
        _click(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("notification unread")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(TrialActionRoutes.trialAction(id));
        // (The bell itself follows after the commit, through push: see LiveUpdatesTest.)
        assertThat(notifications.unreadCount()).as("read now").isZero();
    }

    @Test
    void naming_someone_from_another_organisation_is_refused_in_the_form_and_the_text_stays() {
        long id = trialActionOfPer();
        openAs(world.memberA, TrialActionRoutes.trialAction(id));
        CommentThread thread = _get(CommentThread.class);
        enter(thread.text, "Hvad gør I, @member.b?");
        _click(thread.send);
        assertThat(thread.text.isInvalid()).isTrue();
        assertThat(thread.text.getErrorMessage())
                .isEqualTo("@member.b kan ikke nævnes her: der er ingen med det navn blandt dem, der kan læse dette.");
        assertThat(thread.text.getValue()).isEqualTo("Hvad gør I, @member.b?");
        assertThat(thread.shown()).isEmpty();
        // A name nobody has reads the same, so the field tells nothing about who exists elsewhere.
        enter(thread.text, "Hvad gør I, @findes.ikke?");
        _click(thread.send);
        assertThat(thread.text.getErrorMessage())
                .isEqualTo("@findes.ikke kan ikke nævnes her: der er ingen med det navn blandt dem, der kan læse dette.");
    }

    @Test
    void the_consultants_comment_is_marked_as_feedback_and_the_workspace_feed_tells_who_did_what() {
        long id = trialActionOfPer();
        openAs(world.consultantP1, TrialActionRoutes.trialAction(id));
        CommentThread thread = _get(CommentThread.class);
        enter(thread.text, "Flot arbejde – del gerne jeres dagsorden med netværket.");
        _click(thread.send);
        assertThat(thread.shown()).containsExactly(
                "Konsulent Et [Feedback fra Socialstyrelsen]: Flot arbejde – del gerne jeres dagsorden med netværket.");

        fixture.note(this::loginAs, world.memberA, world.workspaceA, "Morgenmødet virker", NoteKind.WORKS_WELL,
                world.p1Cooperation);
        openAs(world.memberA, WorkspaceRoutes.overview(world.workspaceA.getId()));
        assertThat(_get(ActivityFeed.class).shown()).map(line -> line.substring(0, line.indexOf(" · "))).startsWith(
                "Anna A skrev erfaringen Morgenmødet virker",
                "Konsulent Et gav feedback på Fælles morgenmøde",
                "Per A evaluerede prøvehandlingen Fælles morgenmøde");
    }

    @Test
    void an_evaluator_reads_the_thread_but_has_no_composer() {
        long id = trialActionOfPer();
        openAs(world.evaluator, TrialActionRoutes.trialAction(id));
        CommentThread thread = _get(CommentThread.class);
        assertThat(thread.composer.isVisible()).isFalse();
        assertThat(thread.comments.getElement().getTextRecursively()).contains("Ingen kommentarer endnu.");
    }

    @Test
    void a_thread_on_an_item_withdrawn_while_it_is_open_says_so_instead_of_failing() {
        long id = trialActionOfPer();
        loginAs(world.projectLeaderA);
        trialActions.share(id, true);
        openAs(world.memberB, dk.modningsportal.trialaction.TrialActionRoutes.shared(id));
        CommentThread thread = _get(CommentThread.class);
        assertThat(thread.composer.isVisible()).isTrue();

        loginAs(world.projectLeaderA);
        trialActions.share(id, false);
        loginAs(world.memberB);
        thread.refresh();
        assertThat(_find(thread, com.vaadin.flow.component.html.Paragraph.class)).extracting(p -> p.getText())
                .containsExactly("Tråden kan ikke længere læses her: indholdet er trukket tilbage fra projektet eller slettet.");
        assertThat(thread.composer.isVisible()).isFalse();
    }
}
