package dk.modningsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many open dashboards of a project: one computation per change, handed to every viewer of the same part. */
class SharedFiguresTest {

    private final AtomicInteger computed = new AtomicInteger();
    private Instant now = Instant.parse("2026-11-16T08:30:00Z");
    private final SharedFigures figures = new SharedFigures(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private Dashboard compute(long projectId) {
        computed.incrementAndGet();
        return new Dashboard(projectId, "Projekt " + computed.get(), null, null, null, null, List.of(), null,
                List.of(), List.of(), List.of(), List.of(), List.of(), false);
    }

    private Dashboard read(long projectId, Long workspaceId) {
        return figures.get(new SharedFigures.Key(projectId, workspaceId), () -> compute(projectId));
    }

    @Test
    void viewers_of_the_same_part_share_one_computation_until_the_project_changes_or_time_passes() {
        Dashboard first = read(1, null);
        assertThat(read(1, null)).isSameAs(first);
        assertThat(read(1, 7L)).as("one organisation's own figures are their own").isNotSameAs(first);
        assertThat(read(2, null)).as("another project").isNotSameAs(first);
        assertThat(computed).hasValue(3);

        figures.changed(2);
        assertThat(read(1, null)).as("another project's change").isSameAs(first);
        figures.changed(1);
        Dashboard afterChange = read(1, null);
        assertThat(afterChange).isNotSameAs(first);
        assertThat(read(1, 7L)).as("every part of the changed project").isNotSameAs(first);

        now = now.plus(SharedFigures.MAX_AGE).plusSeconds(1);
        assertThat(read(1, null)).as("days since and overdue move with time").isNotSameAs(afterChange);
    }

    @Test
    void many_viewers_arriving_at_once_wait_for_the_one_computing() throws Exception {
        ExecutorService viewers = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Dashboard>> reads = java.util.stream.IntStream.range(0, 8).mapToObj(i -> viewers.submit(() -> {
                start.await();
                return figures.get(new SharedFigures.Key(1, null), () -> {
                    try {
                        Thread.sleep(Duration.ofMillis(50));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return compute(1);
                });
            })).toList();
            start.countDown();
            Dashboard first = reads.getFirst().get();
            for (Future<Dashboard> read : reads) {
                assertThat(read.get()).isSameAs(first);
            }
            assertThat(computed).hasValue(1);
        } finally {
            viewers.shutdownNow();
        }
    }
}
