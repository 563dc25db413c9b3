package dk.modningsportal.maturation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.maturation.BoardFilter;
import dk.modningsportal.maturation.WorkshopService.WorkshopInfo;
import dk.modningsportal.maturation.WorkshopService;
import dk.modningsportal.maturation.WorkshopBoard;
import dk.modningsportal.scale.Benchmarks.Dataset;
import dk.modningsportal.scale.Benchmarks.Stats;
import dk.modningsportal.scale.Benchmarks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How fast a consultant's workshop board opens at national scale ({@code ./portal benchmark}): the national
 * project's workshop on its round (98 organisations and some 50,000 notes in the large set), in the service
 * (counts and the first page of every core element) and in the view (navigating to it, one client round
 * trip), median and p95, and the large/small ratio.
 */
@Tag("benchmark")
class WorkshopBoardBenchmark {

    private static final String CONSULTANT = "konsulent.1";
    private static final int PAGE = 20; // as the board's groups fetch (BoardGroups)

    record Result(String database, String scale, long items, Stats service, Stats view) {
    }

    @Test
    void workshop_board_at_small_and_large_scale() throws Exception {
        List<Result> results = new ArrayList<>();
        for (Dataset dataset : Benchmarks.datasets()) {
            results.add(measure(dataset));
        }
        String report = report(results);
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "board.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        assertThat(results).allSatisfy(r -> assertThat(r.items()).isPositive());
    }

    private Result measure(Dataset dataset) {
        try (ConfigurableApplicationContext context = Benchmarks.open(dataset)) {
            Benchmarks.signIn(context, CONSULTANT);
            WorkshopService workshopService = context.getBean(WorkshopService.class);
            WorkshopBoard workshopBoard = context.getBean(WorkshopBoard.class);
            long project = workshopService.servedProjects().getFirst().projectId();
            WorkshopInfo workshop = workshopService.workshops(project).getFirst();
            BoardFilter round = BoardFilter.ofRound(workshop.round().id());
            long items = workshopBoard.boardCounts(workshop.id(), round).values().stream().mapToLong(Long::longValue).sum();

            Stats service = Benchmarks.time(() -> {
                workshopBoard.counts(workshop.id());
                Map<Long, Long> perElement = workshopBoard.boardCounts(workshop.id(), round);
                perElement.keySet().forEach(element -> workshopBoard.boardPage(workshop.id(), round, element, 0, PAGE));
                return perElement;
            }, 5, 20);

            Function0<UI> uiFactory = UI::new;
            MockVaadin.setup(uiFactory, new MockSpringServlet(KaribuTest.portalRoutes(), context, uiFactory));
            try {
                Benchmarks.signIn(context, CONSULTANT);
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
                request.setUserPrincipalInt(authentication);
                request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
                String route = "maturation/workshop/" + workshop.id();
                Stats view = Benchmarks.time(() -> {
                    UI.getCurrent().navigate(route);
                    MockVaadin.clientRoundtrip(false);
                    assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(WorkshopBoardView.class);
                    UI.getCurrent().navigate("notifications");
                    return route;
                }, 3, 15);
                return new Result(dataset.database(), dataset.scale().name(), items, service, view);
            } finally {
                MockVaadin.tearDown();
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String report(List<Result> results) {
        StringBuilder out = new StringBuilder("\nWorkshop board benchmark (national project's workshop, " + CONSULTANT
                + "; " + Runtime.getRuntime().availableProcessors() + " cores)\n");
        out.append(String.format(Locale.ROOT, "%-11s %-6s %8s %14s %14s %14s %14s%n", "database", "set", "items",
                "service med", "service p95", "open med", "open p95"));
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "%-11s %-6s %8d %11.1f ms %11.1f ms %11.1f ms %11.1f ms%n",
                    r.database(), r.scale(), r.items(), r.service().median(), r.service().p95(), r.view().median(),
                    r.view().p95()));
        }
        for (String database : results.stream().map(Result::database).distinct().toList()) {
            Result small = find(results, database, "small");
            Result large = find(results, database, "large");
            if (small != null && large != null) {
                out.append(String.format(Locale.ROOT, "%s large/small p95 ratio: service %.2f, open %.2f%n", database,
                        large.service().p95() / small.service().p95(), large.view().p95() / small.view().p95()));
            }
        }
        return out.toString();
    }

    private static Result find(List<Result> results, String database, String scale) {
        return results.stream().filter(r -> r.database().equals(database) && r.scale().equals(scale)).findFirst()
                .orElse(null);
    }
}
