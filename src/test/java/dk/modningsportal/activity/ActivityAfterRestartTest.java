package dk.modningsportal.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.Application;
import dk.modningsportal.TestWorld;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteService;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The feed and the dashboard's figures are written after the commit, by listeners of their own: a node that stops
 * before the listeners have done their work leaves the event publications incomplete, and the next start completes
 * them. Committed work on a
 * database of its own, over two starts of the portal.
 */
class ActivityAfterRestartTest {

    private static final String DATABASE = "jdbc:h2:mem:activity-restart-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

    private ConfigurableApplicationContext node;

    /** A node whose listeners never get to run: as if it stopped right after the commit. */
    @Configuration
    static class ListenersNeverRun {

        @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
        org.springframework.core.task.TaskExecutor droppingExecutor() {
            return task -> {
            };
        }
    }

    @AfterEach
    void stop() {
        SecurityContextHolder.clearContext();
        if (node != null) {
            node.close();
        }
    }

    @Test
    void a_note_saved_just_before_the_node_stopped_reaches_the_feed_at_the_next_start() throws Exception {
        node = start(ListenersNeverRun.class);
        TestWorld world = node.getBean(TestWorld.class);
        node.getBean(TransactionTemplate.class).executeWithoutResult(status -> world.build());
        signIn(world.memberA.getUsername());
        node.getBean(NoteService.class).capture(world.workspaceA.getId(), "Forældrene kom, da vi ringede dagen før",
                NoteKind.WORKS_WELL, null);
        long workspace = world.workspaceA.getId();
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);

        assertThat(jdbc.queryForObject("select count(*) from activity", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                + "and event_type like '%WorkspaceActivity'", Integer.class)).as("left undone").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from workspace_tally where workspace_id = ?", Integer.class,
                workspace)).as("the dashboard's figures not yet recomputed either").isZero();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                + "and event_type like '%WorkspaceContentChanged'", Integer.class)).as("left undone").isEqualTo(1);
        node.close();

        node = start(null);
        JdbcTemplate restarted = node.getBean(JdbcTemplate.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (restarted.queryForObject("select count(*) from activity", Integer.class) == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(restarted.queryForList("select subject from activity where workspace_id = ?", String.class, workspace))
                .containsExactly("Forældrene kom, da vi ringede dagen før");
        while (restarted.queryForObject("select count(*) from event_publication", Integer.class) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(restarted.queryForObject("select count(*) from event_publication", Integer.class))
                .as("both listeners done (the feed's and the dashboard's figures'), their publications deleted").isZero();
        assertThat(restarted.queryForObject("select sum(tally) from workspace_tally where workspace_id = ? "
                + "and measure = 'NOTES'", Integer.class, workspace)).isEqualTo(1);
    }

    /** A node whose listeners fail while {@link #failing} is set (the database away for a moment). */
    @Configuration
    static class ListenersFailAWhile {

        static volatile boolean failing = true;

        @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
        org.springframework.core.task.TaskExecutor failingExecutor() {
            return task -> {
                if (!failing) {
                    task.run();
                }
            };
        }
    }

    @Test
    void a_listener_that_failed_is_handed_its_event_again_without_a_restart() throws Exception {
        node = start(ListenersFailAWhile.class, "--portal.events.retry-older-than=PT0S", "--portal.events.retry-every=PT1H",
                "--spring.datasource.url=jdbc:h2:mem:event-retry-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        TestWorld world = node.getBean(TestWorld.class);
        node.getBean(TransactionTemplate.class).executeWithoutResult(status -> world.build());
        signIn(world.memberA.getUsername());
        node.getBean(NoteService.class).capture(world.workspaceA.getId(), "Forældrene kom, da vi ringede dagen før",
                NoteKind.WORKS_WELL, null);
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                Integer.class)).as("the feed's and the figures' listeners did not get to it").isEqualTo(2);

        ListenersFailAWhile.failing = false;
        node.getBean(dk.modningsportal.operations.ModuleEventRetry.class).retry();
        assertThat(jdbc.queryForList("select subject from activity where workspace_id = ?", String.class,
                world.workspaceA.getId())).containsExactly("Forældrene kom, da vi ringede dagen før");
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Integer.class)).isZero();
    }

    private static ConfigurableApplicationContext start(Class<?> extra, String... arguments) {
        SpringApplicationBuilder portal = extra == null ? new SpringApplicationBuilder(Application.class)
                : new SpringApplicationBuilder(Application.class, extra);
        List<String> all = new java.util.ArrayList<>(List.of("--server.port=0", "--management.server.port=0"));
        all.addAll(List.of(arguments));
        if (all.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))) {
            all.add("--spring.datasource.url=" + DATABASE);
        }
        return portal.profiles("test").run(all.toArray(String[]::new));
    }

    private void signIn(String username) {
        UserDetails user = node.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
