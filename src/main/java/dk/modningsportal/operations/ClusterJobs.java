package dk.modningsportal.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs scheduled work once per cluster, however many nodes fire the same schedule: the node that takes the
 * job's row in the database (ShedLock, database time) runs it; the others skip. A job holds its row at
 * least {@code atLeast} (so a node whose clock is a little late does not run it again) and at most
 * {@code atMost} (so a node that dies mid-job does not block it forever).
 */
@Component
public class ClusterJobs {

    private final LockingTaskExecutor executor;
    private final Clock clock;
    private final MeterRegistry meters;
    /** Per job, when it last finished without an error on this node (seconds since the epoch), for operators. */
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    ClusterJobs(DataSource dataSource, Clock clock, MeterRegistry meters) {
        this.meters = meters;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()));
        this.clock = clock;
    }

    private void succeeded(String name) {
        lastSuccess.computeIfAbsent(name, job -> {
            AtomicLong at = new AtomicLong();
            Gauge.builder("portal.job.last.success", at, AtomicLong::get).tag("job", job).baseUnit("seconds")
                    .description("When the scheduled job last finished without an error on this node").register(meters);
            return at;
        }).set(clock.instant().getEpochSecond());
    }

    /** Runs the job if no node runs or ran it within {@code atLeast}; returns whether this node ran it. */
    public boolean runOnce(String name, Duration atLeast, Duration atMost, Runnable job) {
        try {
            return executor.executeWithLock(() -> {
                job.run();
                succeeded(name);
                return Boolean.TRUE;
            }, new LockConfiguration(clock.instant(), name, atMost, atLeast)).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable checked) {
            throw new IllegalStateException(checked);
        }
    }
}
