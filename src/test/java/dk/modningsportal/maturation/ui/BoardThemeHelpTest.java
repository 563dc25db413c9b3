package dk.modningsportal.maturation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.LitCells;
import dk.modningsportal.MaturationFixture;
import dk.modningsportal.SearchIndexing;
import dk.modningsportal.maturation.BoardItem;
import dk.modningsportal.maturation.WorkshopService;
import dk.modningsportal.maturation.BoardThemes;
import dk.modningsportal.note.NoteKind;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The board helps a consultant find what both municipalities say: a suggested theme accepted, a similar item added. */
class BoardThemeHelpTest extends KaribuTest {

    @Autowired
    MaturationFixture fixture;
    @Autowired
    WorkshopService workshopService;
    @Autowired
    BoardThemes boardThemes;
    @Autowired
    EntityManager em;

    @AfterEach
    void emptyIndex() {
        SearchIndexing.emptyIndex(em);
    }

    private void note(dk.modningsportal.security.UserAccount author, dk.modningsportal.project.Workspace workspace,
            String text) {
        fixture.note(this::loginAs, author, workspace, text, NoteKind.WORKS_WELL, world.p1Cooperation);
    }

    @Test
    void a_suggested_theme_is_renamed_and_accepted_and_a_similar_item_joins_it() {
        note(world.memberA, world.workspaceA, "Forældrene kom når vi ringede dagen før mødet");
        note(world.memberA, world.workspaceA, "Et telefonopkald til forældrene dagen før gav bedre fremmøde");
        note(world.memberB, world.workspaceB, "Vi ringer til forældrene aftenen før, så kommer de");
        note(world.memberB, world.workspaceB, "Kontaktpersonen skal have god tid til samtalen");
        note(world.memberB, world.workspaceB, "Samtalen med kontaktpersonen kræver ro");
        note(world.memberA, world.workspaceA, "Kontaktpersonen følger op efter hver samtale");
        SearchIndexing.indexNow(em);
        loginAs(world.consultantP1);
        long workshop = workshopService.createWorkshop(world.p1.getId(), world.p1v2.getId(), "Modningsworkshop",
                LocalDate.now(clock).plusDays(7)).id();

        openAs(world.consultantP1, "maturation/workshop/" + workshop);
        WorkshopBoardView board = _get(WorkshopBoardView.class);
        _click(_get(board, Button.class, spec -> spec.withText("Foreslå temaer")));
        SuggestionsDialog dialog = _get(SuggestionsDialog.class);
        assertThat(_find(dialog.list, Span.class, spec -> spec.withClasses("board-suggestion-facts")))
                .extracting(Span::getText).contains("3 erfaringer fra 2 organisationer");
        TextField title = _find(dialog.list, TextField.class).stream()
                .filter(t -> t.getValue().startsWith("Forældrene")).findFirst().orElseThrow();
        title.setValue("Ring til forældrene dagen før");
        _click(_get((com.vaadin.flow.component.Component) title.getParent().orElseThrow(), Button.class,
                spec -> spec.withText("Opret tema")));
        dialog.close();

        assertThat(board.themeEditors).hasSize(1);
        ThemeEditor editor = board.themeEditors.values().iterator().next();
        assertThat(editor.title.getValue()).isEqualTo("Ring til forældrene dagen før");
        assertThat(_get(editor, Span.class, spec -> spec.withClasses("theme-standing")).getText())
                .isEqualTo("3 erfaringer fra 2 organisationer");

        // From a contact person's note: the other municipality's similar notes, one added to the theme.
        Grid<BoardItem> cooperation = board.groups.grids.get(world.p1Cooperation.getId());
        int row = 0;
        while (!GridKt._get(cooperation, row).text().startsWith("Kontaktpersonen følger op")) {
            row++;
        }
        LitCells.call(cooperation, row, "similar", "similar");
        SimilarDialog similar = _get(SimilarDialog.class);
        assertThat(_find(similar.list, Span.class, spec -> spec.withClasses("board-similar-organisation")))
                .extracting(Span::getText).containsOnly("Kommune B").isNotEmpty();
        similar.close();

        // A note written after the theme was made: like the theme, so offered for it.
        note(world.memberB, world.workspaceB, "Forældrene får en sms dagen før");
        SearchIndexing.indexNow(em);
        loginAs(world.consultantP1);
        _click(editor.similar);
        SimilarDialog forTheme = _get(SimilarDialog.class);
        assertThat(forTheme.getHeaderTitle()).isEqualTo("Lignende erfaringer · Ring til forældrene dagen før");
        _click(_find(forTheme.list, Button.class, spec -> spec.withText("Tilføj til temaet")).get(0));
        assertThat(boardThemes.themes(workshop).get(0).itemCount()).isEqualTo(4);
    }
}
