package dk.modningsportal.note;

import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.ModuleEvents;
import dk.modningsportal.dashboard.WorkspaceTallies;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.scale.Benchmarks;
import dk.modningsportal.scale.Benchmarks.Dataset;
import dk.modningsportal.scale.Benchmarks.Stats;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.ApplicationListenerMethodAdapter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a team member's save of a quick note costs the request that makes it ({@code ./portal benchmark}), the ways
 * the portal could do the work that follows a save, side by side in one run on each generated set:
 * <ul>
 * <li><b>now</b>: the save commits; the dashboard's tallies are recomputed after the commit by a module listener,
 * and the search index is written after the commit too (async);</li>
 * <li><b>index read-sync</b>: as now, but the request waits until the search index is written and refreshed;</li>
 * <li><b>before</b>: as before #26, the tallies recomputed inside the writer's transaction (no listener) and the
 * index read-sync.</li>
 * </ul>
 * Each save alone, the ways in turn (the work after the previous save waited for, untimed), then eight people
 * saving at once in one workspace (saves per second, and until the figures are current), way after way (the last
 * takes the listener away). Ratios against "before".
 */
@Tag("benchmark")
class SaveBenchmark {

    private static final String TEAM_MEMBER = "k1.bruger3";
    private static final int WRITERS = 8;
    private static final int SAVES_PER_WRITER = 10;
    private static final int WARM_UP_ROUNDS = 20;
    private static final int ROUNDS = 40;

    enum Way {
        NOW, INDEX_READ_SYNC, BEFORE
    }

    record Result(String database, String scale, Way way, Stats alone, double perSecond, double untilCurrentSeconds) {
    }

    @Test
    void a_quick_note_with_the_work_after_it_in_and_out_of_the_writers_transaction() throws Exception {
        List<Result> results = new ArrayList<>();
        for (Dataset dataset : Benchmarks.datasets()) {
            results.addAll(measure(dataset));
        }
        String report = report(results);
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "save.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        assertThat(results).allSatisfy(r -> assertThat(r.perSecond()).isPositive());
    }

    private List<Result> measure(Dataset dataset) throws Exception {
        try (ConfigurableApplicationContext context = Benchmarks.open(dataset)) {
            Benchmarks.signIn(context, TEAM_MEMBER);
            NoteService notes = context.getBean(NoteService.class);
            WorkspaceTallies tallies = context.getBean(WorkspaceTallies.class);
            TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
            EntityManager em = context.getBean(EntityManager.class);
            long workspaceId = context.getBean(WorkspaceAccess.class).readableWorkspaces().stream()
                    .mapToLong(WorkspaceSummary::workspaceId).findFirst().orElseThrow();
            AtomicInteger counter = new AtomicInteger();
            List<Long> saved = new ArrayList<>();
            Supplier<Long> save = () -> notes.capture(workspaceId, "Målt gem " + counter.incrementAndGet()
                    + ": forældrene kom, da vi ringede dagen før", NoteKind.WORKS_WELL, null).getId();
            Supplier<Long> readSync = () -> transactions.execute(status -> {
                Search.session(em).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync());
                return save.get();
            });
            Map<Way, Supplier<Long>> ways = new EnumMap<>(Way.class);
            ways.put(Way.NOW, save);
            ways.put(Way.INDEX_READ_SYNC, readSync);
            ways.put(Way.BEFORE, () -> transactions.execute(status -> {
                Long id = readSync.get();
                tallies.recompute(workspaceId);
                return id;
            }));
            // Each save alone, the ways taken in turn (so that none is measured while the JIT is colder), the work
            // after the previous save done and untimed: what the saver's request pays.
            Map<Way, List<Double>> aloneMillis = new EnumMap<>(Way.class);
            for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
                for (Way way : Way.values()) {
                    ModuleEvents.awaitDone(context);
                    Thread.sleep(20); // the search index written after the previous save's commit
                    long start = System.nanoTime();
                    saved.add(ways.get(way).get());
                    if (round >= WARM_UP_ROUNDS) {
                        aloneMillis.computeIfAbsent(way, w -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
                    }
                }
            }
            List<Result> results = new ArrayList<>();
            for (Way way : Way.values()) {
                if (way == Way.BEFORE) {
                    // As before: no listener after the commit (the last way measured, so it need not come back).
                    context.getBean(ApplicationEventMulticaster.class).removeApplicationListeners(listener ->
                            listener instanceof ApplicationListenerMethodAdapter method
                                    && method.getListenerId().startsWith(WorkspaceTallies.class.getName() + ".on("));
                }
                Supplier<Long> oneSave = ways.get(way);
                ModuleEvents.awaitDone(context);
                SecurityContext signedIn = SecurityContextHolder.getContext();
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                long start = System.nanoTime();
                List<Future<?>> running = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    running.add(writers.submit(() -> {
                        SecurityContextHolder.setContext(signedIn);
                        for (int i = 0; i < SAVES_PER_WRITER; i++) {
                            Long id = oneSave.get();
                            synchronized (saved) {
                                saved.add(id);
                            }
                        }
                    }));
                }
                for (Future<?> writer : running) {
                    writer.get();
                }
                double savesSeconds = (System.nanoTime() - start) / 1e9;
                ModuleEvents.awaitDone(context);
                double untilCurrent = (System.nanoTime() - start) / 1e9;
                writers.shutdown();
                results.add(new Result(dataset.database(), dataset.scale().name(), way, Stats.of(aloneMillis.get(way)),
                        WRITERS * SAVES_PER_WRITER / savesSeconds, untilCurrent));
            }
            // What was saved goes again, as a person would delete it (the set stays as generated, but for these
            // rows' deletion marks).
            for (Long id : saved) {
                notes.delete(id, notes.load(id).getVersion());
            }
            ModuleEvents.awaitDone(context);
            return results;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String report(List<Result> results) {
        StringBuilder out = new StringBuilder("\nSave benchmark (a quick note by " + TEAM_MEMBER + "; "
                + Runtime.getRuntime().availableProcessors() + " cores; " + WRITERS + " writers × " + SAVES_PER_WRITER
                + " saves at once)\n");
        out.append(String.format(Locale.ROOT, "%-11s %-6s %-23s %10s %10s %12s %14s %22s%n", "database", "set", "way",
                "save med", "save p95", "saves/s", "current after", "ratio p95 · saves/s"));
        for (Result r : results) {
            Result now = results.stream().filter(n -> n.database().equals(r.database()) && n.scale().equals(r.scale())
                    && n.way() == Way.BEFORE).findFirst().orElseThrow();
            out.append(String.format(Locale.ROOT, "%-11s %-6s %-23s %7.1f ms %7.1f ms %12.1f %12.2f s %11.2f · %.2f%n",
                    r.database(), r.scale(), r.way().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    r.alone().median(), r.alone().p95(), r.perSecond(), r.untilCurrentSeconds(),
                    r.alone().p95() / now.alone().p95(), r.perSecond() / now.perSecond()));
        }
        return out.toString();
    }
}
