package dk.modningsportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.maturation.BoardFilter;
import dk.modningsportal.maturation.BoardItem;
import dk.modningsportal.maturation.WorkshopService;
import dk.modningsportal.maturation.WorkshopBoard;
import dk.modningsportal.maturation.WorkshopService.WorkshopInfo;
import dk.modningsportal.maturation.ThemeFinding;
import dk.modningsportal.scale.Benchmarks;
import dk.modningsportal.scale.Benchmarks.Dataset;
import dk.modningsportal.scale.Benchmarks.Stats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Search at national scale ({@code ./portal benchmark}): rebuilding the whole index from the database, a consultant's
 * searches (a rotation of everyday queries: words, compounds, a typo, a phrase), the board's suggested themes for
 * the national workshop's largest core element, and similar experiences for one of its items; median and p95, and
 * the large/small ratio.
 */
@Tag("benchmark")
class SearchBenchmark {

    private static final String CONSULTANT = "konsulent.1";
    private static final List<String> QUERIES = List.of("forældre", "kontaktperson samtale", "forældreinddragelse",
            "fritidsguide", "\"fast kontaktperson\"", "transport", "samarbejdsaftale", "kontaktpersn", "påmindelse",
            "bolig");

    record Result(String database, String scale, long indexed, long documents, Duration indexing, Stats search,
            Stats suggestions, Stats similar) {
    }

    @Test
    void search_and_theme_suggestions_at_small_and_large_scale() throws Exception {
        List<Result> results = new ArrayList<>();
        for (Dataset dataset : Benchmarks.datasets()) {
            results.add(measure(dataset));
        }
        String report = report(results);
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "search.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        assertThat(results).allSatisfy(r -> assertThat(r.documents()).isPositive());
    }

    private Result measure(Dataset dataset) {
        try (ConfigurableApplicationContext context = Benchmarks.open(dataset)) {
            Duration indexing = context.getBean(SearchIndexReplay.class).rebuild();
            jakarta.persistence.EntityManager em = context.getBean(jakarta.persistence.EntityManager.class);
            long indexed = context.getBean(org.springframework.transaction.support.TransactionTemplate.class).execute(
                    status -> org.hibernate.search.mapper.orm.Search.session(em).search(SearchMapping.TYPES)
                            .where(f -> f.matchAll()).fetchTotalHitCount());
            Benchmarks.signIn(context, CONSULTANT);
            SearchService search = context.getBean(SearchService.class);
            long documents = QUERIES.stream().mapToLong(q -> search.search(SearchQuery.of(q)).total()).sum();
            AtomicInteger next = new AtomicInteger();
            Stats searching = Benchmarks.time(() -> search.search(SearchQuery.of(QUERIES.get(next.getAndIncrement()
                    % QUERIES.size()))), 20, 60);

            WorkshopService workshopService = context.getBean(WorkshopService.class);

            WorkshopBoard workshopBoard = context.getBean(WorkshopBoard.class);
            ThemeFinding finding = context.getBean(ThemeFinding.class);
            long project = workshopService.servedProjects().getFirst().projectId();
            WorkshopInfo workshop = workshopService.workshops(project).getFirst();
            Map<Long, Long> perElement = workshopBoard.boardCounts(workshop.id(), BoardFilter.ofRound(workshop.round().id()));
            Long largest = perElement.entrySet().stream().filter(e -> e.getKey() != null)
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            Stats suggestions = Benchmarks.time(() -> finding.suggestThemes(workshop.id(), largest, null), 3, 15);
            BoardItem item = workshopBoard.boardPage(workshop.id(), BoardFilter.ofRound(workshop.round().id()), largest, 0, 1)
                    .getFirst();
            Stats similar = Benchmarks.time(() -> finding.similarTo(workshop.id(), item.ref()), 5, 30);
            return new Result(dataset.database(), dataset.scale().name(), indexed, documents, indexing, searching,
                    suggestions, similar);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String report(List<Result> results) {
        StringBuilder out = new StringBuilder("\nSearch benchmark (" + CONSULTANT + "; "
                + Runtime.getRuntime().availableProcessors() + " cores)\n");
        out.append(String.format(Locale.ROOT, "%-11s %-6s %9s %9s %11s %13s %13s %15s %13s%n", "database", "set",
                "indexed", "hits", "reindex", "search med", "search p95", "suggest p95", "similar p95"));
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "%-11s %-6s %9d %9d %9.1f s %10.1f ms %10.1f ms %12.1f ms %10.1f ms%n",
                    r.database(), r.scale(), r.indexed(), r.documents(), r.indexing().toMillis() / 1000.0, r.search().median(),
                    r.search().p95(), r.suggestions().p95(), r.similar().p95()));
        }
        for (String database : results.stream().map(Result::database).distinct().toList()) {
            Result small = results.stream().filter(r -> r.database().equals(database) && r.scale().equals("small"))
                    .findFirst().orElse(null);
            Result large = results.stream().filter(r -> r.database().equals(database) && r.scale().equals("large"))
                    .findFirst().orElse(null);
            if (small != null && large != null) {
                out.append(String.format(Locale.ROOT, "%s large/small p95 ratio: search %.2f, suggestions %.2f%n",
                        database, large.search().p95() / small.search().p95(),
                        large.suggestions().p95() / small.suggestions().p95()));
            }
        }
        return out.toString();
    }
}
