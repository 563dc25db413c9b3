package dk.modningsportal.maturation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.MaturationFixture;
import dk.modningsportal.TestWorld;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.maturation.BoardItem.ItemRef;
import dk.modningsportal.maturation.BoardItem.ItemType;
import dk.modningsportal.maturation.BoardThemes.ThemeRow;
import dk.modningsportal.maturation.ThemeFinding.SimilarItem;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.search.BoardSynthesis.Suggestion;
import dk.modningsportal.security.UserAccount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The board's help with themes, on committed notes of two municipalities saying the same in different words:
 * proposals named by the words written and counted per organisation, accepted as themes or dismissed, and the
 * most similar items of the other organisation first.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:theme-finding-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeFindingTest {

    @Autowired
    TestWorld world;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MaturationFixture fixture;
    @Autowired
    UserDetailsService users;
    @Autowired
    WorkshopService workshopService;
    @Autowired
    BoardThemes boardThemes;
    @Autowired
    ThemeFinding finding;

    private long workshopId;
    private long ringingNoteOfA;

    private void loginAs(UserAccount account) {
        dk.modningsportal.SignIn.as(users, account);
    }

    private long note(UserAccount author, Workspace workspace, String text) {
        return fixture.note(this::loginAs, author, workspace, text, NoteKind.WORKS_WELL, world.p1Cooperation).getId();
    }

    @BeforeAll
    void notes() {
        transaction.executeWithoutResult(status -> world.build());
        ringingNoteOfA = note(world.memberA, world.workspaceA, "Forældrene kom når vi ringede dagen før mødet");
        note(world.memberA, world.workspaceA, "Et telefonopkald til forældrene dagen før gav bedre fremmøde");
        note(world.memberB, world.workspaceB, "Vi ringer til forældrene aftenen før, så kommer de");
        note(world.memberB, world.workspaceB, "Forældremøder om eftermiddagen virker bedre end om aftenen");
        note(world.memberA, world.workspaceA, "Kontaktpersonen skal have god tid til samtalen");
        note(world.memberB, world.workspaceB, "Samtalen med kontaktpersonen kræver ro og et lukket rum");
        note(world.memberA, world.workspaceA, "Kontaktpersonen følger op efter hver samtale");
        loginAs(world.consultantP1);
        workshopId = workshopService.createWorkshop(world.p1.getId(), world.p1v2.getId(), "Modningsworkshop",
                LocalDate.of(2026, 12, 10)).id();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void proposals_group_what_both_municipalities_say_and_an_accepted_one_becomes_a_theme() {
        loginAs(world.consultantP1);
        List<Suggestion> proposals = finding.suggestThemes(workshopId, world.p1Cooperation.getId(), null);
        assertThat(proposals).anySatisfy(p -> {
            assertThat(p.title()).isEqualTo("Kontaktpersonen · samtalen");
            assertThat(p.items()).isEqualTo(3);
            assertThat(p.organisations()).isEqualTo(2);
        });
        // Another proposal gathers the parents' notes of both municipalities, named by words they share.
        Suggestion parents = proposals.stream().filter(p -> p.title().contains("forældrene")).findFirst().orElseThrow();
        assertThat(parents.items()).isGreaterThanOrEqualTo(3);
        assertThat(parents.organisations()).isEqualTo(2);
        assertThat(parents.examples()).allSatisfy(text -> assertThat(text.toLowerCase()).contains("forældre"));

        ThemeRow theme = finding.accept(workshopId, world.p1Cooperation.getId(), parents, "Forældrene og møderne");
        assertThat(boardThemes.themes(workshopId)).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(theme.id());
            assertThat(t.title()).isEqualTo("Forældrene og møderne");
            assertThat(t.itemCount()).isEqualTo((int) parents.items());
            assertThat(t.organisationCount()).isEqualTo(2);
        });
        // What is in a theme is treated: not proposed again.
        assertThat(finding.suggestThemes(workshopId, world.p1Cooperation.getId(), null))
                .extracting(Suggestion::key).doesNotContain(parents.key());
    }

    @Test
    void a_dismissed_proposal_is_not_proposed_again() {
        loginAs(world.consultantP1);
        Suggestion contact = finding.suggestThemes(workshopId, world.p1Cooperation.getId(), null).stream()
                .filter(p -> p.title().toLowerCase().contains("kontaktperson")).findFirst().orElseThrow();
        finding.dismiss(workshopId, world.p1Cooperation.getId(), contact);
        assertThat(finding.suggestThemes(workshopId, world.p1Cooperation.getId(), null))
                .extracting(Suggestion::key).doesNotContain(contact.key());
    }

    @Test
    void splitting_a_proposal_offers_only_smaller_parts_of_it() {
        loginAs(world.consultantP1);
        for (Suggestion proposal : finding.suggestThemes(workshopId, world.p1Cooperation.getId(), null)) {
            assertThat(finding.suggestThemes(workshopId, world.p1Cooperation.getId(), proposal)).allSatisfy(part -> {
                assertThat(part.items()).isLessThan(proposal.items());
                assertThat(part.terms()).containsAll(proposal.terms());
            });
        }
    }

    @Test
    void the_most_similar_items_come_from_the_other_organisation() {
        loginAs(world.consultantP1);
        List<SimilarItem> similar = finding.similarTo(workshopId, new ItemRef(ItemType.NOTE, ringingNoteOfA));
        assertThat(similar).isNotEmpty().allSatisfy(s -> assertThat(s.organisationName()).isEqualTo("Kommune B"));
        assertThat(similar).extracting(SimilarItem::titleHtml)
                .contains("Vi ringer til <mark>forældrene</mark> aftenen før, så kommer de");
    }

    @Test
    void only_the_projects_consultants_get_proposals() {
        loginAs(world.memberA);
        assertThatThrownBy(() -> finding.suggestThemes(workshopId, world.p1Cooperation.getId(), null))
                .isInstanceOf(AccessRefusedException.class);
        loginAs(world.consultantP2);
        assertThatThrownBy(() -> finding.similarTo(workshopId, new ItemRef(ItemType.NOTE, ringingNoteOfA)))
                .isInstanceOf(AccessRefusedException.class);
    }
}
