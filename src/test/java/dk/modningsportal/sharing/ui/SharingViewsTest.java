package dk.modningsportal.sharing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.LitCells;
import dk.modningsportal.MaturationFixture;
import dk.modningsportal.activity.ActivityKind;
import dk.modningsportal.activity.ActivityLog;
import dk.modningsportal.base.ui.ShareControl;
import dk.modningsportal.comment.CommentService;
import dk.modningsportal.comment.CommentTarget;
import dk.modningsportal.comment.ui.CommentThread;
import dk.modningsportal.meeting.MeetingFixture;
import dk.modningsportal.meeting.MeetingService.ItemInput;
import dk.modningsportal.meeting.MeetingService.MeetingDetails;
import dk.modningsportal.meeting.MeetingService;
import dk.modningsportal.note.NoteInput;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteRoutes;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.project.ProjectRoutes;
import dk.modningsportal.project.WorkspaceRoutes;
import dk.modningsportal.sharing.SharedItems.Kind;
import dk.modningsportal.trialaction.TrialActionInput;
import dk.modningsportal.trialaction.TrialActionRoutes;
import dk.modningsportal.trialaction.TrialActionService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sharing as the teams meet it: the share button, the page "På tværs", a shared item read by another organisation. */
class SharingViewsTest extends KaribuTest {

    @Autowired
    NoteService notes;
    @Autowired
    TrialActionService trialActions;
    @Autowired
    CommentService comments;
    @Autowired
    MaturationFixture fixture;
    @Autowired
    MeetingService meetings;
    @Autowired
    ActivityLog activities;
    @Autowired
    PlanService plans;

    NoteInput note;
    TrialActionInput action;

    @BeforeEach
    void aarhusWritesDown() {
        action = fixture.evaluatedTrialAction(this::loginAs, world.memberA, world.workspaceA,
                "Rekruttering gennem sundhedsplejersken", world.p1Recruitment);
        note = fixture.note(this::loginAs, world.memberA, world.workspaceA,
                "Familierne sagde ja, når sundhedsplejersken spurgte", NoteKind.WORKS_WELL, world.p1Recruitment);
    }

    private static void confirm() {
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        MockVaadin.clientRoundtrip(false);
    }

    /** The kinds in workspace A's feed once its listener has written it (it runs after the commit). */
    private List<ActivityKind> feedOfWorkspaceA() throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            List<ActivityKind> kinds = activities.feed(world.workspaceA.getId(), 20).stream()
                    .map(ActivityLog.Activity::kind).toList();
            if (kinds.contains(ActivityKind.NOTE_SHARED)) {
                return kinds;
            }
            Thread.sleep(100);
        }
        return activities.feed(world.workspaceA.getId(), 20).stream().map(ActivityLog.Activity::kind).toList();
    }

    private static String status(ShareControl control) {
        return _get(control, Span.class, spec -> spec.withClasses("portal-muted")).getText();
    }

    @Test
    void a_team_shares_a_note_from_its_form_after_being_told_what_it_means_and_the_list_marks_it() throws Exception {
        openAs(world.memberA, NoteRoutes.note(world.workspaceA.getId(), note.getId()));
        ShareControl control = _get(ShareControl.class);
        assertThat(status(control)).isEqualTo("Kun jeres organisation kan se den.");
        _click(_get(control, Button.class, spec -> spec.withText("Del med projektet")));
        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message"))
                .contains("De andre organisationer i projektet kan derefter læse den og kommentere");
        confirm();

        expectNotifications("Delt med projektet");
        assertThat(status(control)).startsWith("Delt med projektet af Anna A, ");
        assertThat(_get(control, Button.class).getText()).isEqualTo("Træk tilbage");
        assertThat(notes.sharing(note.getId()).shared()).isTrue();
        assertThat(feedOfWorkspaceA()).as("the workspace's activity feed, written after the commit")
                .contains(ActivityKind.NOTE_SHARED);

        openAs(world.memberA, NoteRoutes.notes(world.workspaceA.getId()));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("notes"));
        assertThat(LitCells.property(grid, 0, "shared", "badgeText")).isEqualTo("Delt");
    }

    @Test
    void another_organisation_finds_the_shared_trial_action_on_the_across_page_reads_it_and_asks_in_its_thread() {
        loginAs(world.memberA);
        trialActions.share(action.getId(), true);

        openAs(world.memberB, WorkspaceRoutes.overview(world.workspaceB.getId()));
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("På tværs");
        openAs(world.memberB, ProjectRoutes.across(world.p1.getId()));
        AcrossView across = _get(AcrossView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("På tværs – Projekt Et");
        assertThat(across.shareNewNotes.isAttached()).as("a team member does not choose for the organisation").isFalse();
        assertThat(GridKt._size(across.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(across.grid, 0)).contains("Kommune A", "Rekruttering", "2.0");
        enter(across.kindFilter, Kind.NOTE);
        assertThat(GridKt._size(across.grid)).isZero();
        enter(across.kindFilter, Kind.TRIAL_ACTION);
        assertThat(GridKt._size(across.grid)).isEqualTo(1);

        openAs(world.memberB, TrialActionRoutes.shared(action.getId()));
        SharedTrialActionView page = _get(SharedTrialActionView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Rekruttering gennem sundhedsplejersken");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Læring fra Rekruttering gennem sundhedsplejersken");
        assertThat(_find(page, TextField.class)).as("read only: nothing to edit").isEmpty();
        assertThat(_find(page, Button.class, spec -> spec.withText("Gem"))).isEmpty();
        CommentThread thread = _get(CommentThread.class);
        enter(_get(thread, TextArea.class, spec -> spec.withId("comment-text")), "Hvordan fik I kontakt til sundhedsplejen?");
        _click(_get(thread, Button.class, spec -> spec.withId("comment-send")));
        assertThat(_find(thread, Span.class, spec -> spec.withClasses("comment-author"))).extracting(Span::getText)
                .containsExactly("Bo B (Kommune B)");
    }

    @Test
    void the_owning_team_following_a_shared_link_lands_in_its_workspace_and_hides_a_comment_that_does_not_belong() {
        loginAs(world.memberA);
        notes.share(note.getId(), true);
        loginAs(world.memberB);
        comments.add(CommentTarget.note(note.getId()), null, "Reklame for vores eget projekt");

        openAs(world.memberA, NoteRoutes.shared(note.getId()));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Erfaring");
        CommentThread thread = _get(CommentThread.class);
        _click(_get(thread, Button.class, spec -> spec.withText("Skjul")));
        confirm();
        assertThat(_find(thread, Paragraph.class, spec -> spec.withClasses("comment-body"))).extracting(Paragraph::getText)
                .containsExactly("Skjult af den organisation, der har delt indholdet.");
    }

    @Test
    void an_unshared_item_by_its_shared_address_is_refused_like_an_unknown_one() {
        openAs(world.memberB, NoteRoutes.shared(note.getId()));
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Du har ikke adgang til denne erfaring. Den tilhører en anden organisation, eller den findes ikke.")))
                .isNotNull();
        _assertNone(SharedNoteView.class);
        openAs(world.memberC, ProjectRoutes.across(world.p1.getId()));
        _assertNone(AcrossView.class);
    }

    @Test
    void a_project_leader_turns_on_sharing_of_the_organisations_new_notes_on_the_across_page() {
        openAs(world.projectLeaderA, ProjectRoutes.across(world.p1.getId()));
        AcrossView across = _get(AcrossView.class);
        assertThat(across.shareNewNotes.getValue()).isFalse();
        enter(across.shareNewNotes, true);
        expectNotifications("Nye erfaringer deles nu med projektet");

        loginAs(world.memberA);
        long written = notes.capture(world.workspaceA.getId(), "Morgenmøder virker", NoteKind.WORKS_WELL, null).getId();
        assertThat(notes.sharing(written).shared()).isTrue();
    }

    @Test
    void a_team_prepares_its_reflection_meeting_from_the_across_page_and_shares_what_it_presents() {
        openAs(world.leaderA, ProjectRoutes.across(world.p1.getId()));
        assertThat(_get(AcrossView.class).prepare.isAttached()).as("the leader reads, the team presents").isFalse();

        openAs(world.memberA, ProjectRoutes.across(world.p1.getId()));
        AcrossView across = _get(AcrossView.class);
        _click(across.prepare);
        PresentationDialog dialog = _get(PresentationDialog.class);
        assertThat(dialog.pptx.isEnabled()).as("nothing chosen yet").isFalse();
        dialog.trialActionChoice.select(dialog.trialActionChoice.getListDataView().getItems()
                .filter(t -> t.id() == action.getId()).findFirst().orElseThrow());
        assertThat(dialog.pptx.isEnabled()).isTrue();
        assertThat(dialog.pptx.getHref()).isNotBlank();
        _click(dialog.share);
        expectNotifications("De valgte er delt med projektet");
        assertThat(GridKt._size(across.grid)).isEqualTo(1);
        assertThat(trialActions.sharing(action.getId()).shared()).isTrue();
        assertThat(notes.sharing(note.getId()).shared()).as("not chosen").isFalse();
    }

    @Test
    void a_team_puts_its_presentation_on_the_reflection_meetings_agenda_and_another_organisation_downloads_it() {
        loginAs(world.consultantP1);
        long activity = MeetingFixture.reflectionMeeting(plans, world.p1.getId());
        MeetingDetails meeting = meetings.open(activity, null);
        meetings.saveItem(meeting.id(), new ItemInput(null, 0, "Teamene fortæller", null, 60, false));

        openAs(world.memberA, MeetingService.link(activity, null));
        _click(_get(Button.class, spec -> spec.withText("Sæt jeres præsentation på")));
        PresentationDialog dialog = _get(PresentationDialog.class);
        assertThat(dialog.agendaItem.getValue().itemTitle()).as("the item it was opened from").isEqualTo("Teamene fortæller");
        assertThat(dialog.attach.isEnabled()).as("nothing chosen yet").isFalse();
        dialog.trialActionChoice.select(dialog.trialActionChoice.getListDataView().getItems()
                .filter(t -> t.id() == action.getId()).findFirst().orElseThrow());
        _click(dialog.attach);
        expectNotifications("Præsentationen er sat på dagsordenen, og de valgte er delt med projektet");
        assertThat(trialActions.sharing(action.getId()).shared()).isTrue();
        PresentationsOnAgenda.Shown shown = _get(PresentationsOnAgenda.Shown.class);
        assertThat(shown.getElement().getTextRecursively()).contains("Kommune A – tilføjet af Anna A", "Skift",
                "Tag af dagsordenen");

        openAs(world.memberB, MeetingService.link(activity, null));
        shown = _get(PresentationsOnAgenda.Shown.class);
        assertThat(shown.getElement().getTextRecursively()).contains("Kommune A – tilføjet af Anna A")
                .doesNotContain("Tag af dagsordenen");
        assertThat(_find(shown, Anchor.class)).extracting(Anchor::getText).containsExactly("PPTX", "PDF");
        assertThat(_find(shown, Button.class)).extracting(Button::getText).containsExactly("Sæt jeres præsentation på");
    }
}
