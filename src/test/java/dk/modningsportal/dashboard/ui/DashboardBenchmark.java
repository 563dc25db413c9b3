package dk.modningsportal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import dk.modningsportal.Application;
import dk.modningsportal.dashboard.DashboardExport;
import dk.modningsportal.dashboard.DashboardService;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.scale.ScaleData.Scale;
import dk.modningsportal.scale.ScaleData;
import dk.modningsportal.selfevaluation.SelfEvaluationOverviews;
import dk.modningsportal.selfevaluation.SelfEvaluationSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * How fast the dashboard is at national scale: {@code ./portal benchmark}. For the small and the large
 * generated data set, on H2 and (when it answers) PostgreSQL, it times building the national project's
 * dashboard (98 municipalities in the large set) in the service and in the view, median and p95 over
 * repeated runs, prints the large/small ratio, and the heap one open dashboard view retains. Missing
 * data sets are generated first, in the same places {@code ./portal generate} writes them.
 */
@Tag("benchmark")
class DashboardBenchmark {

    private static final int WARM_UP = 15;
    private static final int RUNS = 40;
    private static final int OPEN_VIEWS = 20;
    private static final String VIEWER = "evaluator.1";
    private static final String POSTGRES = System.getenv().getOrDefault("PORTAL_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");

    /** -Dbenchmark.scales=large measures one set; -Dbenchmark.h2only=true skips PostgreSQL. */
    private static final List<Scale> SCALES = java.util.Arrays.stream(System.getProperty("benchmark.scales", "small,large")
            .split(",")).map(Scale::named).toList();
    private static final boolean ONLY_H2 = Boolean.getBoolean("benchmark.h2only");
    /** -Dbenchmark.slowQueries=20 logs every query slower than 20 ms, to see where the time goes. */
    private static final String SLOW_QUERIES = System.getProperty("benchmark.slowQueries");

    record Result(String database, String scale, int organisations, Stats service, Stats view, long heapPerView) {
    }

    record Stats(double median, double p95) {
        static Stats of(List<Double> millis) {
            List<Double> sorted = millis.stream().sorted().toList();
            return new Stats(sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1));
        }
    }

    @Test
    void dashboard_at_small_and_large_scale() throws Exception {
        List<Result> results = new ArrayList<>();
        for (Scale scale : SCALES) {
            results.add(measure("H2", scale, Map.of("spring.datasource.url",
                    "jdbc:h2:file:" + System.getProperty("user.home") + "/.modningsportalen/scale-" + scale.name())));
        }
        if (!ONLY_H2 && postgresAnswers()) {
            for (Scale scale : SCALES) {
                String schema = "scale_" + scale.name();
                results.add(measure("PostgreSQL", scale, Map.of(
                        "spring.datasource.url", POSTGRES + "?currentSchema=" + schema + "&reWriteBatchedInserts=true",
                        "spring.datasource.username", System.getenv().getOrDefault("PORTAL_POSTGRES_USER", "postgres"),
                        "spring.datasource.password", "",
                        "spring.flyway.schemas", schema,
                        "spring.flyway.default-schema", schema)));
            }
        }
        String report = report(results);
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "dashboard.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        assertThat(results).allSatisfy(r -> assertThat(r.organisations()).isPositive());
    }

    private Result measure(String database, Scale scale, Map<String, Object> datasource) {
        Map<String, Object> properties = new LinkedHashMap<>(datasource);
        properties.put("portal.demo-data", "false");
        properties.put("server.port", "0");
        properties.put("logging.level.root", "warn");
        properties.put("spring.main.banner-mode", "off");
        if (SLOW_QUERIES != null) {
            properties.put("spring.jpa.properties.hibernate.session.events.log.LOG_QUERIES_SLOWER_THAN_MS", SLOW_QUERIES);
            properties.put("logging.level.org.hibernate.SQL_SLOW", "info");
        }
        // As command-line arguments: they win over application.properties, unlike default properties.
        String[] args = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(args)) {
            ScaleData data = context.getBean(ScaleData.class);
            if (data.isEmpty()) {
                System.out.println("Generating the " + scale.name() + " set on " + database + " …");
                data.generate(scale);
                data.finish();
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(args)) {
            signIn(context);
            DashboardService dashboards = context.getBean(DashboardService.class);
            DashboardExport export = context.getBean(DashboardExport.class);
            ChangeBus changes = context.getBean(ChangeBus.class);
            SelfEvaluationOverviews selfEvaluations = context.getBean(SelfEvaluationOverviews.class);
            SelfEvaluationSettings selfEvaluationSettings = context.getBean(SelfEvaluationSettings.class);
            long project = dashboards.projects().getFirst().id();
            int organisations = dashboards.build(project).rows().size();

            Stats service = time(() -> dashboards.build(project));

            Function0<UI> uiFactory = UI::new;
            MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes(), context, uiFactory));
            try {
                signIn(context);
                Stats view = time(() -> {
                    DashboardView dashboardView = new DashboardView(dashboards, export, changes, selfEvaluations, selfEvaluationSettings);
                    UI.getCurrent().add(dashboardView);
                    MockVaadin.clientRoundtrip(false);
                    UI.getCurrent().remove(dashboardView);
                    return dashboardView;
                });
                long heapPerView = heapPerView(dashboards, export, changes, selfEvaluations, selfEvaluationSettings);
                return new Result(database, scale.name(), organisations, service, view, heapPerView);
            } finally {
                MockVaadin.tearDown();
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signIn(ConfigurableApplicationContext context) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(VIEWER);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static Stats time(Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return Stats.of(millis);
    }

    /** Opens {@value #OPEN_VIEWS} dashboards in the UI at once and divides the heap they keep by their number. */
    private static long heapPerView(DashboardService dashboards, DashboardExport export, ChangeBus changes,
            SelfEvaluationOverviews selfEvaluations, SelfEvaluationSettings selfEvaluationSettings) {
        long before = usedHeapAfterGc();
        List<DashboardView> open = new ArrayList<>();
        for (int i = 0; i < OPEN_VIEWS; i++) {
            DashboardView view = new DashboardView(dashboards, export, changes, selfEvaluations, selfEvaluationSettings);
            UI.getCurrent().add(view);
            open.add(view);
        }
        MockVaadin.clientRoundtrip(false);
        long after = usedHeapAfterGc();
        open.forEach(view -> UI.getCurrent().remove(view));
        return (after - before) / OPEN_VIEWS;
    }

    private static long usedHeapAfterGc() {
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

    private static boolean postgresAnswers() {
        try (Connection connection = DriverManager.getConnection(POSTGRES,
                System.getenv().getOrDefault("PORTAL_POSTGRES_USER", "postgres"), "")) {
            return connection.isValid(2);
        } catch (Exception unreachable) {
            System.out.println("No PostgreSQL at " + POSTGRES + "; measuring H2 only.");
            return false;
        }
    }

    private static String report(List<Result> results) {
        StringBuilder out = new StringBuilder("\nDashboard benchmark (national project, viewer " + VIEWER + "; "
                + RUNS + " runs after " + WARM_UP + " warm-up; "
                + Runtime.getRuntime().availableProcessors() + " cores)\n");
        out.append(String.format(Locale.ROOT, "%-11s %-6s %6s %14s %14s %14s %14s %12s%n", "database", "set", "orgs",
                "service med", "service p95", "view med", "view p95", "heap/view"));
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "%-11s %-6s %6d %11.1f ms %11.1f ms %11.1f ms %11.1f ms %9d KB%n",
                    r.database(), r.scale(), r.organisations(), r.service().median(), r.service().p95(),
                    r.view().median(), r.view().p95(), r.heapPerView() / 1024));
        }
        for (String database : results.stream().map(Result::database).distinct().toList()) {
            Result small = find(results, database, "small");
            Result large = find(results, database, "large");
            if (small == null || large == null) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%s large/small p95 ratio: service %.2f, view %.2f%n", database,
                    large.service().p95() / small.service().p95(), large.view().p95() / small.view().p95()));
        }
        return out.toString();
    }

    private static Result find(List<Result> results, String database, String scale) {
        return results.stream().filter(r -> r.database().equals(database) && r.scale().equals(scale)).findFirst()
                .orElse(null);
    }
}
