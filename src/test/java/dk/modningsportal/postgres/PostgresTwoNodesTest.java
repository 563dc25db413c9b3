package dk.modningsportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.Application;
import dk.modningsportal.MaturationFixture;
import dk.modningsportal.TestWorld;
import dk.modningsportal.live.Change;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.live.Presence;
import com.vaadin.flow.shared.Registration;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.security.UserAccount;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the portal on one PostgreSQL database, as behind a load balancer: a note written on
 * one reaches a screen subscribed on the other through LISTEN/NOTIFY, and so does who is present where.
 */
class PostgresTwoNodesTest {

    private static final String SCHEMA = "portal_nodes_" + Long.toString(System.nanoTime(), 36);
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoNodes() {
        PostgresTest.requireServer();
        PostgresTest.execute("create schema " + SCHEMA);
        first = node();
        second = node();
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(Application.class).profiles("test").run(
                "--server.port=0",
                "--spring.datasource.url=" + PostgresTest.URL + "?currentSchema=" + SCHEMA,
                "--spring.datasource.username=" + PostgresTest.USER,
                "--spring.datasource.password=",
                "--spring.flyway.schemas=" + SCHEMA,
                "--spring.flyway.default-schema=" + SCHEMA,
                "--portal.demo-data=false");
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        PostgresTest.execute("drop schema if exists " + SCHEMA + " cascade");
    }

    @Test
    void a_note_written_on_one_node_reaches_a_subscriber_on_the_other() throws InterruptedException {
        TestWorld world = world();
        List<Change> onSecond = new CopyOnWriteArrayList<>();
        var subscription = second.getBean(ChangeBus.class)
                .subscribe(c -> c.workspaceId() == world.workspaceA.getId(), onSecond::add);
        try {
            first.getBean(MaturationFixture.class).note(PostgresTwoNodesTest::loginOnFirst, world.memberA,
                    world.workspaceA, "Skrevet på den ene node", NoteKind.WORKS_WELL, world.p1Cooperation);
            // The save's own change and, after its commit, the activity entry written by the activity module and
            // the dashboard's figures recomputed by the dashboard module.
            List<Change> expected = List.of(Change.inWorkspace(world.p1.getId(), world.workspaceA.getId()),
                    Change.activityIn(world.workspaceA.getId()),
                    Change.figuresOf(world.p1.getId(), world.workspaceA.getId()));
            for (int waited = 0; waited < 50 && !onSecond.containsAll(expected); waited++) {
                Thread.sleep(100);
            }
            assertThat(onSecond).as("within five seconds").containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            subscription.remove();
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void someone_who_opens_a_place_on_one_node_is_present_there_for_a_viewer_on_the_other() throws InterruptedException {
        String place = "workspace:" + System.nanoTime();
        List<List<String>> heardOnSecond = new CopyOnWriteArrayList<>();
        Registration viewer = second.getBean(Presence.class).enter(place, new Presence.Visitor(2, "Bo B"),
                visitors -> heardOnSecond.add(visitors.stream().map(Presence.Visitor::name).toList()));
        try {
            Registration visit = first.getBean(Presence.class).enter(place, new Presence.Visitor(1, "Anna A"), v -> { });
            awaitLast(heardOnSecond, List.of("Anna A", "Bo B"));
            assertThat(second.getBean(Presence.class).at(place)).extracting(Presence.Visitor::name)
                    .containsExactly("Anna A", "Bo B");
            visit.remove();
            awaitLast(heardOnSecond, List.of("Bo B"));
        } finally {
            viewer.remove();
        }
    }

    private static void awaitLast(List<List<String>> heard, List<String> expected) throws InterruptedException {
        for (int waited = 0; waited < 50 && (heard.isEmpty() || !heard.get(heard.size() - 1).equals(expected)); waited++) {
            Thread.sleep(100);
        }
        assertThat(heard).as("within five seconds").isNotEmpty();
        assertThat(heard.get(heard.size() - 1)).isEqualTo(expected);
    }

    private static TestWorld world;

    /** The test people and workspaces, built once on the first node for every test of the class. */
    private static synchronized TestWorld world() {
        if (world == null) {
            world = first.getBean(TestWorld.class);
            first.getBean(TransactionTemplate.class).executeWithoutResult(status -> world.build());
        }
        return world;
    }

    private static void login(ConfigurableApplicationContext node, UserAccount account) {
        UserDetails user = node.getBean(UserDetailsService.class).loadUserByUsername(account.getUsername());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static long notesTitled(ConfigurableApplicationContext node, String prefix) {
        return new org.springframework.jdbc.core.JdbcTemplate(node.getBean(javax.sql.DataSource.class)).queryForObject(
                "select count(*) from experience_note where summary like ?", Long.class, prefix + "%");
    }

    @Test
    void a_rolling_restart_of_the_two_nodes_cuts_no_save() {
        TestWorld people = world();
        int saved = 0;
        for (int round = 0; round < 3; round++) {
            // Round 0: both nodes serve; round 1: the second restarts, the balancer sends everything to the first;
            // round 2: both serve again.
            if (round == 1) {
                second.close();
            }
            for (int i = 0; i < 6; i++) {
                ConfigurableApplicationContext node = round == 1 || i % 2 == 0 ? first : second;
                login(node, people.memberA);
                node.getBean(dk.modningsportal.note.NoteService.class).capture(people.workspaceA.getId(),
                        "Rullende genstart " + round + "." + i, NoteKind.WORKS_WELL, null);
                saved++;
            }
            if (round == 1) {
                second = node();
            }
        }
        SecurityContextHolder.clearContext();
        assertThat(notesTitled(second, "Rullende genstart")).as("every save stored once").isEqualTo(saved);
    }

    @Test
    void a_save_cut_off_before_it_commits_leaves_none_of_it_and_the_other_node_shows_that() {
        TestWorld people = world();
        login(first, people.memberA);
        org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(
                first.getBean(javax.sql.DataSource.class));
        Throwable cut = org.assertj.core.api.Assertions.catchThrowable(() -> first.getBean(TransactionTemplate.class)
                .executeWithoutResult(status -> {
                    // The note, its activity entry and the workspace's tallies are written, then the node's
                    // connection dies (as when the node is killed) before the commit.
                    first.getBean(dk.modningsportal.note.NoteService.class).capture(people.workspaceA.getId(),
                            "Afbrudt midt i gemningen", NoteKind.WORKS_WELL, null);
                    Integer pid = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
                    PostgresTest.execute("select pg_terminate_backend(" + pid + ")");
                }));
        SecurityContextHolder.clearContext();
        assertThat(cut).as("the commit cannot happen").isNotNull();
        assertThat(notesTitled(second, "Afbrudt midt i gemningen")).isZero();
        assertThat(new org.springframework.jdbc.core.JdbcTemplate(second.getBean(javax.sql.DataSource.class))
                .queryForObject("select count(*) from activity where subject = 'Afbrudt midt i gemningen'", Long.class))
                .as("nor its activity entry").isZero();
    }

    @Test
    void what_one_node_saves_changes_and_deletes_the_other_nodes_search_follows_within_a_second() throws Exception {
        TestWorld people = world();
        login(first, people.memberA);
        dk.modningsportal.note.NoteService notes = first.getBean(dk.modningsportal.note.NoteService.class);
        dk.modningsportal.note.NoteInput note = notes.capture(people.workspaceA.getId(),
                "Vi spillede petanque med beboerne", NoteKind.WORKS_WELL, null);
        assertThat(foundOnSecond("petanque", 1)).as("found on the other node within a second").isLessThan(1_000);

        login(first, people.memberA);
        note = notes.load(note.getId());
        note.setSummary("Vi spillede kroket med beboerne");
        note = notes.update(note);
        assertThat(foundOnSecond("kroket", 1)).isLessThan(1_000);
        assertThat(foundOnSecond("petanque", 0)).isLessThan(1_000);

        login(first, people.memberA);
        notes.delete(note.getId(), note.getVersion());
        assertThat(foundOnSecond("kroket", 0)).as("gone on the other node too").isLessThan(1_000);
        SecurityContextHolder.clearContext();
    }

    /** Milliseconds until the second node's search finds the words this many times (fails after ten seconds). */
    private static long foundOnSecond(String words, long hits) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 10_000_000_000L) {
            login(second, world().evaluator);
            if (second.getBean(dk.modningsportal.search.SearchService.class)
                    .search(dk.modningsportal.search.SearchQuery.of(words)).total() == hits) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The second node's search did not find '" + words + "' " + hits + " times in 10 s");
    }

    private static void loginOnFirst(UserAccount account) {
        UserDetails user = first.getBean(UserDetailsService.class).loadUserByUsername(account.getUsername());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void scheduled_work_fired_on_both_nodes_at_once_runs_on_one_only() throws Exception {
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        Runnable digest = () -> {
            runs.incrementAndGet();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        java.time.Duration atLeast = java.time.Duration.ofSeconds(20);
        java.time.Duration atMost = java.time.Duration.ofMinutes(1);
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var onFirst = pool.submit(() -> {
                start.await();
                return first.getBean(dk.modningsportal.operations.ClusterJobs.class).runOnce("digest", atLeast, atMost, digest);
            });
            var onSecond = pool.submit(() -> {
                start.await();
                return second.getBean(dk.modningsportal.operations.ClusterJobs.class).runOnce("digest", atLeast, atMost, digest);
            });
            start.countDown();
            assertThat(List.of(onFirst.get(), onSecond.get())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdown();
        }
        assertThat(runs.get()).isEqualTo(1);
        // A node whose schedule fires a moment later, after the first finished, still does not run it again.
        assertThat(second.getBean(dk.modningsportal.operations.ClusterJobs.class).runOnce("digest", atLeast, atMost, digest))
                .isFalse();
        assertThat(runs.get()).isEqualTo(1);
    }
}
