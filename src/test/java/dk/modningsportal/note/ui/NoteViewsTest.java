package dk.modningsportal.note.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.note.NoteFilter;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteRoutes;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.note.NoteSource;
import dk.modningsportal.project.WorkspaceRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NoteViewsTest extends KaribuTest {

    @Autowired
    NoteService notes;

    private QuickNoteDialog openQuickCapture() {
        _click(_get(Button.class, spec -> spec.withClasses("quick-note-button")));
        return _get(QuickNoteDialog.class);
    }

    @Test
    void quick_capture_takes_three_fields_and_one_click_and_the_note_appears_in_the_open_list() {
        openAs(world.memberA, NoteRoutes.notes(world.workspaceA.getId()));
        NoteListView list = _get(NoteListView.class);
        assertThat(GridKt._size(list.grid)).isZero();

        QuickNoteDialog dialog = openQuickCapture();
        assertThat(dialog.workspace.isVisible()).as("one workspace, so no workspace to pick").isFalse();
        enter(dialog.summary, "Forældrene kom, da vi flyttede mødet til eftermiddagen");
        enter(dialog.kind, NoteKind.WORKS_WELL);
        enter(dialog.coreElement, dialog.coreElement.getListDataView().getItems()
                .filter(c -> c.name().equals("Samarbejde")).findFirst().orElseThrow());
        _click(dialog.save);

        expectNotifications("Erfaringen er gemt i Projekt Et.");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(list.grid, 0))
                .contains("Forældrene kom, da vi flyttede mødet til eftermiddagen", "Samarbejde", "2.0", "Daglig praksis");
    }

    @Test
    void quick_capture_refuses_a_cpr_number_and_keeps_the_text() {
        openAs(world.memberA, WorkspaceRoutes.overview(world.workspaceA.getId()));
        QuickNoteDialog dialog = openQuickCapture();
        String withCpr = "Samtale med far (1203154321) gik godt";
        enter(dialog.summary, withCpr);
        enter(dialog.kind, NoteKind.WORKS_WELL);
        _click(dialog.save);

        assertThat(dialog.summary.isInvalid()).isTrue();
        assertThat(dialog.summary.getErrorMessage()).contains("CPR-nummer");
        assertThat(dialog.summary.getValue()).isEqualTo(withCpr);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(notes.countAll(world.workspaceA.getId())).isZero();
    }

    @Test
    void full_note_form_records_source_and_details_and_validates_required_kind() {
        openAs(world.memberA, NoteRoutes.notes(world.workspaceA.getId()));
        NoteListView list = _get(NoteListView.class);
        _click(list.newNote);
        NoteDialog dialog = _get(NoteDialog.class);
        assertThat(dialog.interventionVersion.getValue().label()).isEqualTo("2.0");
        enter(dialog.summary, "Bostøtten bør starte før indflytning");
        _click(dialog.save);
        assertThat(dialog.kind.isInvalid()).isTrue();
        assertThat(dialog.kind.getErrorMessage()).isEqualTo("Udfyld feltet.");

        enter(dialog.kind, NoteKind.CHANGE_PROPOSAL);
        enter(dialog.source, NoteSource.REFLECTION_MEETING);
        enter(dialog.details, "Drøftet på refleksionsmødet i oktober");
        _click(dialog.save);

        expectNotifications("Erfaringen er gemt.");
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(notes.count(world.workspaceA.getId(),
                new NoteFilter(NoteKind.CHANGE_PROPOSAL, null, null, NoteSource.REFLECTION_MEETING, "refleksionsmødet")))
                .isEqualTo(1);
    }

    @Test
    void consultant_sees_no_quick_capture_and_cannot_add_notes() {
        openAs(world.consultantP1, NoteRoutes.notes(world.workspaceA.getId()));
        NoteListView list = _get(NoteListView.class);
        assertThat(list.newNote.isVisible()).isFalse();
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, spec -> spec.withClasses("quick-note-button"));
    }

    @Test
    void deleting_a_note_asks_first_and_can_be_undone_for_a_while() {
        loginAs(world.memberA);
        long id = notes.capture(world.workspaceA.getId(), "Vi prøvede morgenmøder", NoteKind.WORKS_WELL, null).getId();
        openAs(world.memberA, NoteRoutes.notes(world.workspaceA.getId()));
        NoteListView list = _get(NoteListView.class);
        GridKt._clickItem(list.grid, 0);
        NoteDialog dialog = _get(NoteDialog.class);
        _click(dialog.delete);

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(confirm);
        MockVaadin.clientRoundtrip(false);
        assertThat(GridKt._size(list.grid)).isZero();
        assertThat(_find(Notification.class)).as("one message, no refusal").hasSize(1);
        Notification deleted = _find(Notification.class).get(0);
        assertThat(deleted.getChildren().map(c -> c.getElement().getText())).contains("Erfaringen er slettet.", "Fortryd");

        _click(deleted.getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow());
        MockVaadin.clientRoundtrip(false);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(notes.load(id).getSummary()).isEqualTo("Vi prøvede morgenmøder");
    }
}
