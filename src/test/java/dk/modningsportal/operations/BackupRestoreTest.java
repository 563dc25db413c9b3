package dk.modningsportal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.Application;
import dk.modningsportal.postgres.ThrowawayPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backup restored into an empty database, and the portal started on it with every row there: the embedded
 * database through {@code ./portal backup}'s endpoint, PostgreSQL through {@code pg_dump -Fc} and {@code pg_restore}.
 */
class BackupRestoreTest {

    private static final List<String> TABLES = List.of("organisation", "user_account", "project", "workspace",
            "trial_action", "experience_note", "item_comment", "workshop", "plan_activity", "audit_entry");

    @TempDir
    Path temp;

    @Test
    void the_embedded_database_copied_while_running_starts_a_portal_with_every_row() throws Exception {
        Map<String, Long> before;
        String backup;
        try (ConfigurableApplicationContext portal = start("jdbc:h2:file:" + temp.resolve("live/portal"), true,
                "--portal.backup.directory=" + temp.resolve("backups"))) {
            before = counts(portal);
            int management = Integer.parseInt(portal.getEnvironment().getProperty("local.management.port"));
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + management + "/actuator/backup"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            backup = answer.body().replace("\"", "");
        }
        Path restored = temp.resolve("restored");
        unzip(Path.of(backup), restored);
        try (ConfigurableApplicationContext portal = start("jdbc:h2:file:" + restored.resolve("portal"), false)) {
            assertThat(counts(portal)).isEqualTo(before);
        }
        assertThat(before.get("experience_note")).isPositive();
    }

    @Test
    void a_postgresql_dump_restored_into_an_empty_database_starts_a_portal_with_every_row() throws Exception {
        Assumptions.assumeTrue(ThrowawayPostgres.available(), "needs PostgreSQL's server binaries and root");
        try (ThrowawayPostgres postgres = ThrowawayPostgres.start()) {
            Map<String, Long> before;
            try (ConfigurableApplicationContext portal = start(postgres.jdbcUrl(), true)) {
                before = counts(portal);
            }
            Path dump = temp.resolve("portal.dump");
            String port = postgres.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1");
            run(postgres.binary("pg_dump"), "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-Fc", "-f", dump.toString(),
                    "postgres");
            run(postgres.binary("createdb"), "-h", "127.0.0.1", "-p", port, "-U", "postgres", "restored");
            run(postgres.binary("pg_restore"), "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-d", "restored",
                    dump.toString());
            try (ConfigurableApplicationContext portal = start(postgres.jdbcUrl().replace("/postgres", "/restored"), false)) {
                assertThat(counts(portal)).isEqualTo(before);
            }
            assertThat(before.get("trial_action")).isPositive();
        }
    }

    private static ConfigurableApplicationContext start(String url, boolean demo, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (url.startsWith("jdbc:h2") ? "sa" : "postgres"),
                "--spring.datasource.password=", "--portal.demo-data=" + demo, "--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=warn"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    private static Map<String, Long> counts(ConfigurableApplicationContext portal) {
        JdbcTemplate jdbc = new JdbcTemplate(portal.getBean(javax.sql.DataSource.class));
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        return counts;
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.copy(entries, into.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0)
                .as(String.join(" ", command) + ": " + output).isTrue();
    }
}
