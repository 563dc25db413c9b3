package dk.modningsportal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.Application;
import dk.modningsportal.operations.SearchIndexLocation;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Two portals on one machine: each its own search index folder by default, and a clash told in one sentence. */
class OneMachineCheckTest {

    @TempDir
    Path temp;

    @Test
    void the_search_index_follows_the_database_unless_a_folder_is_named() {
        Path home = Path.of("/home/anna");
        assertThat(SearchIndexLocation.forDatabase("jdbc:h2:file:/home/anna/.modningsportalen/portal;AUTO_SERVER=FALSE", home))
                .isEqualTo(Path.of("/home/anna/.modningsportalen/portal-search-index"));
        assertThat(SearchIndexLocation.forDatabase("jdbc:h2:file:/home/anna/.modningsportalen/scale-large/portal", home))
                .isEqualTo(Path.of("/home/anna/.modningsportalen/scale-large/portal-search-index"));
        assertThat(SearchIndexLocation.forDatabase("jdbc:h2:mem:portal-test;DB_CLOSE_DELAY=-1", home)).isNull();
        assertThat(SearchIndexLocation.forDatabase("jdbc:postgresql://localhost:5432/modningsportalen", home))
                .isEqualTo(home.resolve(".modningsportalen/search-index/postgresql-localhost-5432-modningsportalen"));
        assertThat(SearchIndexLocation.forDatabase("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=scale_large", home))
                .isEqualTo(home.resolve(".modningsportalen/search-index/postgresql-127.0.0.1-5432-test-scale_large"));
    }

    @Test
    void a_second_portal_on_the_same_search_folder_is_told_what_to_set_and_may_start_once_the_first_stops() {
        Path folder = temp.resolve("search-index");
        OneMachineCheck first = new OneMachineCheck();
        first.check(environment(Map.of("portal.search.directory", folder.toString())));

        assertThatThrownBy(() -> new OneMachineCheck().check(environment(Map.of("portal.search.directory", folder.toString()))))
                .isInstanceOf(PortalCannotStart.class)
                .hasMessage("The search index folder " + folder + " is in use by another portal on this machine: set "
                        + "PORTAL_SEARCH_DIR to a folder of this portal's own.");

        first.onApplicationEvent(new org.springframework.context.event.ContextClosedEvent(
                new org.springframework.context.support.GenericApplicationContext()));
        StandardEnvironment after = environment(Map.of("portal.search.directory", folder.toString()));
        new OneMachineCheck().check(after);
        assertThat(after.getProperty("portal.search.directory")).isEqualTo(folder.toString());
    }

    @Test
    void the_default_folder_is_resolved_from_the_database_before_the_start() {
        StandardEnvironment environment = environment(Map.of("portal.search.directory", SearchIndexLocation.FOLLOW_DATABASE,
                "spring.datasource.url", "jdbc:h2:file:" + temp.resolve("portal")));
        new OneMachineCheck().check(environment);
        assertThat(environment.getProperty("portal.search.directory")).isEqualTo(temp.resolve("portal-search-index").toString());
        assertThat(Files.exists(temp.resolve("portal-search-index/portal.lock"))).isTrue();
    }

    @Test
    void a_management_port_in_use_is_told_with_the_setting_that_moves_it() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> new OneMachineCheck().check(environment(Map.of("portal.search.directory", "",
                    "management.server.port", String.valueOf(port), "management.server.address", "127.0.0.1"))))
                    .isInstanceOf(PortalCannotStart.class)
                    .hasMessageContaining("management port " + port).hasMessageContaining("set PORTAL_MANAGEMENT_PORT");
            FailureAnalysis told = new PortalCannotStart.Analyzer().analyze(new IllegalStateException("wrapped",
                    new PortalCannotStart("The management port is in use.", "Set PORTAL_MANAGEMENT_PORT.")));
            assertThat(told.getDescription()).isEqualTo("The management port is in use.");
            assertThat(told.getAction()).isEqualTo("Set PORTAL_MANAGEMENT_PORT.");
        }
    }

    @Test
    void the_portal_stops_before_its_database_or_index_opens_when_its_folder_is_taken() {
        Path folder = temp.resolve("taken");
        OneMachineCheck other = new OneMachineCheck();
        other.check(environment(Map.of("portal.search.directory", folder.toString())));
        long started = System.nanoTime();
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("test").run(
                "--server.port=0", "--management.server.port=0", "--portal.search.directory=" + folder,
                "--spring.datasource.url=jdbc:h2:mem:one-machine-check"))
                .isInstanceOf(PortalCannotStart.class).hasMessageContaining("set PORTAL_SEARCH_DIR");
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms: told before anything starts").isLessThan(3_000);
        assertThat(folder.resolve("indexes")).doesNotExist();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
