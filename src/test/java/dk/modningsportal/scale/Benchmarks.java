package dk.modningsportal.scale;

import dk.modningsportal.Application;
import dk.modningsportal.scale.ScaleData.Scale;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the benchmarks share ({@code ./portal benchmark}): the generated data sets on H2 and (when it
 * answers) PostgreSQL, generated first where missing; signing in; timing with warm-up; heap after GC.
 * {@code -Dbenchmark.scales=large} measures one set; {@code -Dbenchmark.h2only=true} skips PostgreSQL;
 * {@code -Dbenchmark.slowQueries=20} logs every query slower than 20 ms.
 */
public final class Benchmarks {

    public static final int WARM_UP = 15;
    public static final int RUNS = 40;
    private static final String POSTGRES = System.getenv().getOrDefault("PORTAL_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final List<Scale> SCALES = Arrays.stream(System.getProperty("benchmark.scales", "small,large")
            .split(",")).map(Scale::named).toList();
    private static final String SLOW_QUERIES = System.getProperty("benchmark.slowQueries");

    /** A generated data set in one database, as the command-line arguments that open it. */
    public record Dataset(String database, Scale scale, String[] args) {
    }

    public record Stats(double median, double p95) {
        public static Stats of(List<Double> millis) {
            List<Double> sorted = millis.stream().sorted().toList();
            return new Stats(sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1));
        }
    }

    private Benchmarks() {
    }

    /** Every set to measure: small and large on H2, then on PostgreSQL when it answers. */
    public static List<Dataset> datasets() {
        List<Dataset> datasets = new ArrayList<>();
        for (Scale scale : SCALES) {
            datasets.add(dataset("H2", scale, Map.of("spring.datasource.url",
                    "jdbc:h2:file:" + System.getProperty("user.home") + "/.modningsportalen/scale-" + scale.name())));
        }
        if (!Boolean.getBoolean("benchmark.h2only") && postgresAnswers()) {
            for (Scale scale : SCALES) {
                String schema = "scale_" + scale.name();
                datasets.add(dataset("PostgreSQL", scale, Map.of(
                        "spring.datasource.url", POSTGRES + "?currentSchema=" + schema + "&reWriteBatchedInserts=true",
                        "spring.datasource.username", System.getenv().getOrDefault("PORTAL_POSTGRES_USER", "postgres"),
                        "spring.datasource.password", "",
                        "spring.flyway.schemas", schema,
                        "spring.flyway.default-schema", schema)));
            }
        }
        return datasets;
    }

    /** The portal started on the data set, generated first if the database is empty. */
    public static ConfigurableApplicationContext open(Dataset dataset) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(dataset.args())) {
            ScaleData data = context.getBean(ScaleData.class);
            if (data.isEmpty()) {
                System.out.println("Generating the " + dataset.scale().name() + " set on " + dataset.database() + " …");
                data.generate(dataset.scale());
                data.finish();
            }
        }
        return new SpringApplicationBuilder(Application.class).run(dataset.args());
    }

    public static void signIn(ConfigurableApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Median and p95 of {@value #RUNS} runs after {@value #WARM_UP} warm-up runs. */
    public static Stats time(Supplier<?> work) {
        return time(work, WARM_UP, RUNS);
    }

    public static Stats time(Supplier<?> work, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return Stats.of(millis);
    }

    public static long usedHeapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static Dataset dataset(String database, Scale scale, Map<String, Object> datasource) {
        Map<String, Object> properties = new LinkedHashMap<>(datasource);
        properties.put("portal.demo-data", "false");
        // Each set its own search index, built before the portal answers (not in the background, during a timing).
        properties.put("portal.search.directory", System.getProperty("user.home") + "/.modningsportalen/search-"
                + database.toLowerCase(Locale.ROOT) + "-" + scale.name());
        properties.put("portal.search.rebuild-in-background", "false");
        properties.put("server.port", "0");
        properties.put("logging.level.root", "warn");
        properties.put("spring.main.banner-mode", "off");
        if (SLOW_QUERIES != null) {
            properties.put("spring.jpa.properties.hibernate.session.events.log.LOG_QUERIES_SLOWER_THAN_MS", SLOW_QUERIES);
            properties.put("logging.level.org.hibernate.SQL_SLOW", "info");
        }
        // As command-line arguments: they win over application.properties, unlike default properties.
        return new Dataset(database, scale, properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
    }

    private static boolean postgresAnswers() {
        try (Connection connection = DriverManager.getConnection(POSTGRES,
                System.getenv().getOrDefault("PORTAL_POSTGRES_USER", "postgres"), "")) {
            return connection.isValid(2);
        } catch (Exception unreachable) {
            System.out.println("No PostgreSQL at " + POSTGRES + "; measuring H2 only.");
            return false;
        }
    }
}
