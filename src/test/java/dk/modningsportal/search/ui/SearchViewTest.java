package dk.modningsportal.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.MaturationFixture;
import dk.modningsportal.SearchIndexing;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.search.SearchKind;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SearchViewTest extends KaribuTest {

    @Autowired
    MaturationFixture fixture;
    @Autowired
    EntityManager em;

    @AfterEach
    void emptyIndex() {
        SearchIndexing.emptyIndex(em);
    }

    @Test
    void the_top_bar_field_finds_notes_written_in_other_words_grouped_by_kind_with_the_words_marked() {
        long third = 0;
        for (int i = 1; i <= 7; i++) {
            long id = fixture.note(this::loginAs, world.memberA, world.workspaceA, "Vi inddrog forældrene i samtale " + i,
                    NoteKind.WORKS_WELL, world.p1Cooperation).getId();
            third = i == 3 ? id : third;
        }
        fixture.evaluatedTrialAction(this::loginAs, world.memberA, world.workspaceA, "Forældreinddragelse ved opstart",
                world.p1Cooperation);
        fixture.note(this::loginAs, world.memberB, world.workspaceB, "Forældrene i Kommune B kom også",
                NoteKind.WORKS_WELL, world.p1Cooperation);
        SearchIndexing.indexNow(em);

        openAs(world.memberA, "");
        TextField top = _get(TextField.class, spec -> spec.withId("top-search"));
        top.setValue("forældreinddragelse");
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent(top,
                new com.vaadin.flow.component.KeyPressEvent(top, "Enter"));
        SearchView view = _get(SearchView.class);
        assertThat(view.text.getValue()).isEqualTo("forældreinddragelse");
        // Both kinds, counted; only Kommune A's own (B's note is not A's to read); five notes shown of seven.
        assertThat(_find(view.results, H3.class)).extracting(H3::getText)
                .containsExactly("Prøvehandlinger (1)", "Erfaringsnoter (7)");
        assertThat(view.status.getText()).isEqualTo("8 resultater");
        assertThat(_find(view.results, Anchor.class)).hasSize(1 + SearchView.PER_GROUP)
                .allSatisfy(a -> assertThat(a.getElement().getProperty("innerHTML")).doesNotContain("Kommune B"));
        assertThat(_find(view.results, Anchor.class).get(0).getElement().getProperty("innerHTML"))
                .contains("<mark>Forældreinddragelse</mark>");

        _click(_get(view.results, Button.class, spec -> spec.withText("Vis alle 7")));
        assertThat(view.kind.getValue()).isEqualTo(SearchKind.NOTE);
        assertThat(_find(view.results, Anchor.class)).hasSize(7);

        enter(view.text, "\"forældrene i samtale 3\"");
        _click(view.go);
        long thirdNote = third;
        assertThat(_find(view.results, Anchor.class)).singleElement()
                .satisfies(a -> assertThat(a.getHref()).isEqualTo("workspace/" + world.workspaceA.getId() + "/notes?note=" + thirdNote));
    }

    @Test
    void nothing_is_found_below_two_characters_and_an_empty_result_says_so() {
        openAs(world.memberA, "search?q=x");
        SearchView view = _get(SearchView.class);
        assertThat(view.status.getText()).startsWith("Skriv mindst to tegn");
        enter(view.text, "ukendtordxyz");
        _click(view.go);
        assertThat(LocatorJ._find(view.results, com.vaadin.flow.component.html.Paragraph.class))
                .extracting(p -> p.getText()).containsExactly("Ingen resultater. Prøv andre ord eller færre filtre.");
    }
}
