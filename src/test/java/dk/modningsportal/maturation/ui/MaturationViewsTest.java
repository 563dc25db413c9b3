package dk.modningsportal.maturation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.LitCells;
import dk.modningsportal.MaturationFixture;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.maturation.BoardItem;
import dk.modningsportal.maturation.DecisionKind;
import dk.modningsportal.maturation.MaturationRoutes;
import dk.modningsportal.note.NoteKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ArrayNode;

class MaturationViewsTest extends KaribuTest {

    @Autowired
    MaturationFixture fixture;
    @Autowired
    InterventionCatalog catalog;

    @Test
    void consultant_builds_a_board_decides_and_publishes_and_the_team_sees_what_changed_and_why() {
        fixture.note(this::loginAs, world.memberA, world.workspaceA, "Aftalen forsvinder med kontaktpersonen",
                NoteKind.HINDERS, world.p1Cooperation);
        fixture.note(this::loginAs, world.memberB, world.workspaceB, "Bestyrelsen bør skrive under",
                NoteKind.CHANGE_PROPOSAL, world.p1Cooperation);

        // A new workshop on round 2.0, from the maturation page.
        openAs(world.consultantP1, "maturation");
        MaturationView maturation = _get(MaturationView.class);
        long project = world.p1.getId();
        enter(maturation.newTitles.get(project), "Modningsworkshop 2");
        enter(maturation.newDates.get(project), LocalDate.now(clock).plusDays(7));
        assertThat(maturation.newRounds.get(project).getValue().label()).isEqualTo("2.0");
        _click(maturation.createButtons.get(project));

        // The board: both organisations' notes under the core element, counted per organisation.
        WorkshopBoardView board = _get(WorkshopBoardView.class);
        Grid<BoardItem> cooperation = board.groups.grids.get(world.p1Cooperation.getId());
        assertThat(GridKt._size(cooperation)).isEqualTo(2);
        // Counted per organisation (a row each) and core element (a column each), with the elements' totals below.
        assertThat(List.of(GridKt._getFormattedRow(board.counts, 0), GridKt._getFormattedRow(board.counts, 1)))
                .containsExactlyInAnyOrder(List.of("Kommune A", "1", "0"), List.of("Kommune B", "1", "0"));
        assertThat(board.counts.getFooterRows().getFirst().getCell(board.counts.getColumnByKey("element-"
                + world.p1Cooperation.getId())).getText()).isEqualTo("2");
        assertThat(board.counts.getColumnByKey("element-none").isVisible()).as("no item is under no core element")
                .isFalse();

        enter(board.newThemeTitle, "Aftaler med bestyrelsen");
        _click(board.addTheme);
        assertThat(board.themeEditors).hasSize(1);
        cooperation = board.groups.grids.get(world.p1Cooperation.getId());
        for (int row = 0; row < 2; row++) {
            ArrayNode offered = (ArrayNode) LitCells.property(cooperation, row, "theme", "themes");
            assertThat(offered.size()).isEqualTo(1);
            assertThat(offered.get(0).get("title").asString()).isEqualTo("Aftaler med bestyrelsen");
            LitCells.call(cooperation, row, "theme", "assign", offered.get(0).get("id").asString());
            assertThat(board.groups.grids.get(world.p1Cooperation.getId()))
                    .as("the changed row is sent again, not the group").isSameAs(cooperation);
        }
        String themeId = String.valueOf(board.themeEditors.keySet().iterator().next());
        assertThat(LitCells.property(cooperation, 0, "theme", "theme")).isEqualTo(themeId);
        LitCells.call(cooperation, 0, "theme", "assign", "not a theme");
        assertThat(LitCells.property(board.groups.grids.get(world.p1Cooperation.getId()), 0, "theme", "theme"))
                .as("only an id the list offers is taken; anything else changes nothing").isEqualTo(themeId);
        assertThat(LitCells.property(cooperation, 0, "take", "taken")).as("placing an item in a theme takes it to the workshop")
                .isEqualTo(true);
        ThemeEditor editor = board.themeEditors.values().iterator().next();
        assertThat(_find(editor, com.vaadin.flow.component.html.Span.class,
                spec -> spec.withText("2 erfaringer fra 2 organisationer"))).hasSize(1);

        // A decision about the theme changes the draft of 3.0.
        _click(editor.decide);
        DecisionDialog decision = _get(DecisionDialog.class);
        enter(decision.kind, DecisionKind.CHANGE_ELEMENT);
        enter(decision.coreElement, decision.coreElement.getListDataView().getItems()
                .filter(c -> c.name().equals("Samarbejde")).findFirst().orElseThrow());
        enter(decision.newText, "Kommunen indgår en skriftlig aftale med foreningens bestyrelse.");
        _click(decision.save);
        assertThat(decision.reason.isInvalid()).as("a decision needs its reason").isTrue();
        expectNotifications("Ret de markerede felter. Intet af det, du har skrevet, er gået tabt.");
        enter(decision.reason, "Kontaktpersonerne skifter, og aftalerne forsvinder med dem.");
        _click(decision.save);
        expectNotifications("Beslutningen er registreret, og udkastet er opdateret.");

        // Entered again (a colleague's link, the browser's back): the board still asks once, and its counts
        // keep one column per core element.
        String boardPath = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        UI.getCurrent().navigate(boardPath, com.vaadin.flow.router.QueryParameters.of("again", "1"));
        assertThat(_get(WorkshopBoardView.class)).isSameAs(board);
        assertThat(board.counts.getColumns()).hasSize(4);
        assertThat(board.counts.getFooterRows()).hasSize(1);
        Anchor draft = _get(board, Anchor.class, spec -> spec.withText("Se udkast 3.0"));
        assertThat(draft.getHref()).contains("/intervention?version=");
        _click(board.publish);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_find(confirm, com.vaadin.flow.component.html.ListItem.class)).extracting(li -> li.getElement().getText())
                .as("the draft's changes, as decided").containsExactly("Kerneelement ændret: Samarbejde");
        ConfirmDialogKt._fireConfirm(confirm);
        expectNotifications("Version 3.0 er offentliggjort og afprøves nu i alle organisationer.");

        // The team of organisation A: the change, its reason, and their own note named; B's only counted.
        openAs(world.memberA, MaturationRoutes.changes(world.workspaceA.getId()));
        ChangeLogView changes = _get(ChangeLogView.class);
        assertThat(changes.version.getValue().label()).isEqualTo("3.0");
        UnorderedList own = _get(changes, UnorderedList.class, spec -> spec.withClasses("own-contributions"));
        assertThat(_find(own, ListItem.class)).singleElement()
                .satisfies(item -> assertThat(item.getElement().getTextRecursively())
                        .contains("Aftalen forsvinder med kontaktpersonen"));
        assertThat(changes.entries.getElement().getTextRecursively())
                .contains("Kommunen indgår en skriftlig aftale med foreningens bestyrelse.",
                        "Begrundelse: Kontaktpersonerne skifter", "1 bidrag fra andre organisationer")
                .doesNotContain("Bestyrelsen bør skrive under");
        // Every theme of the workshop, with what it held from how many organisations; B's unshared note counted.
        assertThat(changes.entries.getElement().getTextRecursively())
                .contains("2 erfaringer og 0 prøvehandlinger fra 2 organisationer.", "Besluttet: Kerneelement ændret.",
                        "1 bidrag fra andre organisationer, som ikke er delt.");
        loginAs(world.memberA);
        assertThat(catalog.currentVersion(world.workspaceA.getId()).orElseThrow().label()).isEqualTo("3.0");
    }

    @Test
    void team_member_cannot_open_the_maturation_pages() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> openAs(world.memberA, "maturation"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
    }
}
