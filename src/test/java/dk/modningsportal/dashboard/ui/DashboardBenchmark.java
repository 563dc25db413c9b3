package dk.modningsportal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import dk.modningsportal.dashboard.DashboardExport;
import dk.modningsportal.dashboard.DashboardService;
import dk.modningsportal.dashboard.ProgressScores;
import dk.modningsportal.evaluation.Measures;
import dk.modningsportal.evaluation.RegistrationFigures;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.meeting.MeetingAttendances;
import dk.modningsportal.scale.Benchmarks.Dataset;
import dk.modningsportal.scale.Benchmarks.Stats;
import dk.modningsportal.scale.Benchmarks;
import dk.modningsportal.selfevaluation.SelfEvaluationOverviews;
import dk.modningsportal.selfevaluation.SelfEvaluationSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How fast the dashboard is at national scale: {@code ./portal benchmark}. For the small and the large
 * generated data set, on H2 and (when it answers) PostgreSQL, it times building the national project's
 * dashboard (98 municipalities in the large set) in the service and in the view, median and p95 over
 * repeated runs, prints the large/small ratio, and the heap one open dashboard view retains. Missing
 * data sets are generated first, in the same places {@code ./portal generate} writes them.
 */
@Tag("benchmark")
class DashboardBenchmark {

    private static final int OPEN_VIEWS = 20;
    private static final String VIEWER = "evaluator.1";

    record Result(String database, String scale, int organisations, Stats service, Stats view, long heapPerView) {
    }

    @Test
    void dashboard_at_small_and_large_scale() throws Exception {
        List<Result> results = new ArrayList<>();
        for (Dataset dataset : Benchmarks.datasets()) {
            results.add(measure(dataset));
        }
        String report = report(results);
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "dashboard.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        assertThat(results).allSatisfy(r -> assertThat(r.organisations()).isPositive());
    }

    private Result measure(Dataset dataset) {
        try (ConfigurableApplicationContext context = Benchmarks.open(dataset)) {
            Benchmarks.signIn(context, VIEWER);
            DashboardService dashboards = context.getBean(DashboardService.class);
            ProgressScores scores = context.getBean(ProgressScores.class);
            DashboardExport export = context.getBean(DashboardExport.class);
            ChangeBus changes = context.getBean(ChangeBus.class);
            SelfEvaluationOverviews selfEvaluations = context.getBean(SelfEvaluationOverviews.class);
            SelfEvaluationSettings selfEvaluationSettings = context.getBean(SelfEvaluationSettings.class);
            Measures measures = context.getBean(Measures.class);
            RegistrationFigures figures = context.getBean(RegistrationFigures.class);
            MeetingAttendances attendances = context.getBean(MeetingAttendances.class);
            long project = dashboards.projects().getFirst().id();
            int organisations = dashboards.build(project).rows().size();

            Stats service = Benchmarks.time(() -> dashboards.build(project));

            Function0<UI> uiFactory = UI::new;
            MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes(), context, uiFactory));
            try {
                Benchmarks.signIn(context, VIEWER);
                Stats view = Benchmarks.time(() -> {
                    DashboardView dashboardView = new DashboardView(dashboards, scores, export, changes, selfEvaluations,
                            selfEvaluationSettings, measures, figures, attendances);
                    UI.getCurrent().add(dashboardView);
                    MockVaadin.clientRoundtrip(false);
                    UI.getCurrent().remove(dashboardView);
                    return dashboardView;
                });
                long heapPerView = heapPerView(dashboards, scores, export, changes, selfEvaluations, selfEvaluationSettings,
                        measures, figures, attendances);
                return new Result(dataset.database(), dataset.scale().name(), organisations, service, view, heapPerView);
            } finally {
                MockVaadin.tearDown();
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Opens {@value #OPEN_VIEWS} dashboards in the UI at once and divides the heap they keep by their number. */
    private static long heapPerView(DashboardService dashboards, ProgressScores scores, DashboardExport export, ChangeBus changes,
            SelfEvaluationOverviews selfEvaluations, SelfEvaluationSettings selfEvaluationSettings,
            Measures measures, RegistrationFigures figures, MeetingAttendances attendances) {
        long before = Benchmarks.usedHeapAfterGc();
        List<DashboardView> open = new ArrayList<>();
        for (int i = 0; i < OPEN_VIEWS; i++) {
            DashboardView view = new DashboardView(dashboards, scores, export, changes, selfEvaluations,
                            selfEvaluationSettings, measures, figures, attendances);
            UI.getCurrent().add(view);
            open.add(view);
        }
        MockVaadin.clientRoundtrip(false);
        long after = Benchmarks.usedHeapAfterGc();
        open.forEach(view -> UI.getCurrent().remove(view));
        return (after - before) / OPEN_VIEWS;
    }

    private static String report(List<Result> results) {
        StringBuilder out = new StringBuilder("\nDashboard benchmark (national project, viewer " + VIEWER + "; "
                + Benchmarks.RUNS + " runs after " + Benchmarks.WARM_UP + " warm-up; "
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
