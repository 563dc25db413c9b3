package dk.modningsportal.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that does not answer apart from other failures. An outage is logged once when noticed,
 * without a stack trace, and once when the database answers again; meanwhile people are told that saving
 * waits and that what they typed is kept.
 */
@Component
public class DatabaseOutage {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final AtomicReference<Instant> since = new AtomicReference<>();

    DatabaseOutage(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Whether the failure is the database not answering (no connection, a connection lost) rather than a fault. */
    public static boolean isOutage(Throwable failure) {
        return isOutage(failure, 0);
    }

    private static boolean isOutage(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.net.ConnectException
                    // SQL state class 08: connection exceptions ("connection is closed" after the server went away).
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    // The pool's answer for a connection the server dropped; a failed rollback on it then hides the
                    // original failure.
                    || cause instanceof SQLException closed && "Connection is closed".equals(closed.getMessage())) {
                return true;
            }
            // A failed rollback can hide the lost connection that caused it.
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isOutage(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The first failure of an outage is logged; the rest of it is not. */
    public void noticed(Throwable failure) {
        if (since.compareAndSet(null, clock.instant())) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            log.warn("The database does not answer ({}): saving waits until it does", root.getMessage());
        }
    }

    public boolean ongoing() {
        return since.get() != null;
    }

    /** While an outage lasts, looks every few seconds whether the database answers again, and says so once. */
    @Scheduled(fixedDelay = 5000)
    void lookForRecovery() {
        Instant began = since.get();
        if (began == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2) && since.compareAndSet(began, null)) {
                log.info("The database answers again, after {} s", Duration.between(began, clock.instant()).toSeconds());
            }
        } catch (SQLException stillDown) {
            // Still out: said once already.
        }
    }
}
