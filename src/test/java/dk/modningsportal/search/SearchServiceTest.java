package dk.modningsportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.MaturationFixture;
import dk.modningsportal.TestWorld;
import dk.modningsportal.meeting.MeetingFixture;
import dk.modningsportal.meeting.MeetingService;
import dk.modningsportal.meeting.MeetingService.ItemInput;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.security.UserAccount;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search as people meet it: Danish words found in other forms and compounds, typos forgiven, phrases exact, and
 * nothing shown (hit or count) that the person may not read. The content is committed, as indexing follows commits.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:search-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchServiceTest {

    @Autowired
    TestWorld world;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MaturationFixture fixture;
    @Autowired
    UserDetailsService users;
    @Autowired
    SearchService search;
    @Autowired
    MeetingService meetings;
    @Autowired
    PlanService plans;
    @Autowired
    java.time.Clock clock;

    private void loginAs(UserAccount account) {
        dk.modningsportal.SignIn.as(users, account);
    }

    @BeforeAll
    void content() {
        transaction.executeWithoutResult(status -> world.build());
        fixture.note(this::loginAs, world.memberA, world.workspaceA,
                "Vi prøvede at inddrage forældrene allerede ved første samtale", NoteKind.WORKS_WELL, world.p1Cooperation);
        fixture.note(this::loginAs, world.memberB, world.workspaceB,
                "Samtalerne med skolen gav ro i klassen", NoteKind.WORKS_WELL, world.p1Cooperation);
        fixture.evaluatedTrialAction(this::loginAs, world.memberC, world.workspaceC, "Forældreinddragelse i boformen",
                world.p2Housing);
        loginAs(world.consultantP1);
        long meeting = meetings.open(MeetingFixture.developmentMeeting(plans, world.p1.getId()), null).id();
        meetings.saveItem(meeting, new ItemInput(null, 0, "Status på forældresamarbejdet", null, 20, false));
        meetings.saveItem(meeting, new ItemInput(null, 0, "Personalesag om forældrekontakt", null, 10, true));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<String> titles(String text) {
        return search.search(SearchQuery.of(text)).hits().stream()
                .map(h -> h.titleHtml() == null ? h.excerptHtml() : h.titleHtml())
                .map(t -> t.replace("<mark>", "").replace("</mark>", "")).toList();
    }

    @Test
    void a_compound_finds_its_parts_written_apart_and_the_other_way_round() {
        loginAs(world.nationalLeader);
        assertThat(titles("forældreinddragelse")).contains(
                "Vi prøvede at inddrage forældrene allerede ved første samtale", "Forældreinddragelse i boformen");
        assertThat(titles("inddrage forældre")).contains("Forældreinddragelse i boformen");
    }

    @Test
    void other_forms_of_a_word_and_a_typo_find_it() {
        loginAs(world.nationalLeader);
        assertThat(titles("samtale")).contains("Samtalerne med skolen gav ro i klassen",
                "Vi prøvede at inddrage forældrene allerede ved første samtale");
        assertThat(titles("forældrne")).contains("Vi prøvede at inddrage forældrene allerede ved første samtale");
    }

    @Test
    void a_phrase_in_quotes_is_found_only_as_written() {
        loginAs(world.nationalLeader);
        assertThat(titles("\"inddrage forældrene\"")).containsExactly(
                "Vi prøvede at inddrage forældrene allerede ved første samtale");
        assertThat(titles("\"forældrene inddrage\"")).isEmpty();
    }

    @Test
    void when_nothing_has_every_word_what_has_most_of_them_is_shown_and_said_so() {
        loginAs(world.nationalLeader);
        SearchResults found = search.search(SearchQuery.of("inddrage skolen"));
        assertThat(found.someWords()).isTrue();
        assertThat(titles("inddrage skolen")).contains("Samtalerne med skolen gav ro i klassen",
                "Vi prøvede at inddrage forældrene allerede ved første samtale");
        assertThat(search.search(SearchQuery.of("inddrage forældrene")).someWords()).isFalse();
    }

    @Test
    void the_matching_words_are_marked_and_the_rest_escaped() {
        loginAs(world.memberA);
        SearchHit hit = search.search(SearchQuery.of("forældre").withKind(SearchKind.NOTE)).hits().get(0);
        assertThat(hit.titleHtml()).contains("<mark>forældrene</mark>");
        assertThat(hit.organisationName()).isEqualTo("Kommune A");
        assertThat(hit.link()).contains("notes");
    }

    @Test
    void nobody_finds_or_counts_what_they_may_not_read() {
        loginAs(world.memberB);
        SearchResults ofB = search.search(SearchQuery.of("forældre"));
        // B's own workspace has no parents' note; the project's shared meeting item is B's to read, the internal one not.
        assertThat(ofB.hits()).extracting(SearchHit::titleHtml)
                .containsExactly("Status på <mark>forældresamarbejdet</mark>");
        assertThat(ofB.total()).isEqualTo(1);
        assertThat(ofB.countsByKind()).containsOnlyKeys(SearchKind.MEETING);

        loginAs(world.consultantP2);
        assertThat(titles("forældre")).containsExactly("Forældreinddragelse i boformen");

        loginAs(world.consultantP1);
        assertThat(titles("forældre")).containsExactlyInAnyOrder(
                "Vi prøvede at inddrage forældrene allerede ved første samtale", "Status på forældresamarbejdet",
                "Personalesag om forældrekontakt");

        loginAs(world.nationalLeader);
        assertThat(titles("forældre")).hasSize(3).doesNotContain("Personalesag om forældrekontakt");

        // The evaluator evaluates P1 only: its organisations' content and shared items, no internal item, nothing of P2.
        loginAs(world.evaluator);
        assertThat(titles("forældre")).containsExactlyInAnyOrder(
                "Vi prøvede at inddrage forældrene allerede ved første samtale", "Status på forældresamarbejdet");

        loginAs(world.admin);
        assertThat(search.search(SearchQuery.of("forældre")).total()).isZero();
    }

    @Test
    void a_node_started_without_an_index_builds_it_from_the_database_and_rebuilds_it_when_asked() {
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(dk.modningsportal.Application.class)
                .profiles("test").run("--server.port=0", "--management.server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:search-test;DB_CLOSE_DELAY=-1")) {
            UserDetails user = node.getBean(UserDetailsService.class).loadUserByUsername(world.nationalLeader.getUsername());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SearchService searchOnNode = node.getBean(SearchService.class);
            assertThat(searchOnNode.search(SearchQuery.of("forældre")).total()).isEqualTo(3);
            node.getBean(SearchIndexReplay.class).rebuild();
            assertThat(searchOnNode.search(SearchQuery.of("forældre")).total()).isEqualTo(3);
        }
    }

    @Autowired
    SearchIndexReplay replay;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void the_change_log_keeps_two_days_of_changes() {
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        jdbc.update("insert into search_change (entity, entity_id, changed_at) values ('ExperienceNote', -1, ?)",
                java.sql.Timestamp.from(java.time.Instant.now(clock).minus(java.time.Duration.ofDays(3))));
        long recent = jdbc.queryForObject("select count(*) from search_change where entity_id > 0", Long.class);
        replay.trim();
        assertThat(jdbc.queryForObject("select count(*) from search_change where entity_id = -1", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from search_change where entity_id > 0", Long.class))
                .isEqualTo(recent).isPositive();
    }

    @Test
    void filters_narrow_to_a_kind_and_an_organisation() {
        loginAs(world.nationalLeader);
        assertThat(search.search(SearchQuery.of("forældre").withKind(SearchKind.TRIAL_ACTION)).hits())
                .extracting(SearchHit::kind).containsOnly(SearchKind.TRIAL_ACTION).hasSize(1);
        SearchQuery inB = new SearchQuery("samtale", null, world.orgB.getId(), null, null, null, null, null, null,
                SearchQuery.Order.NEWEST, 10);
        assertThat(search.search(inB).hits()).extracting(SearchHit::organisationName).containsExactly("Kommune B");
    }
}
