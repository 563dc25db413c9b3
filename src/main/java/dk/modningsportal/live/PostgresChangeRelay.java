package dk.modningsportal.live;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Carries changes between the portal's nodes when they share one PostgreSQL database: NOTIFY on send,
 * and a LISTEN connection per node that hands other nodes' changes to the bus. The channel is named
 * after the schema, so portals in different schemas of one database do not hear each other. On H2
 * (one node) it does nothing.
 */
@Component
class PostgresChangeRelay {

    private static final Logger log = LoggerFactory.getLogger(PostgresChangeRelay.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final String node = UUID.randomUUID().toString();
    private volatile String channel;
    private volatile Consumer<Change> remote = change -> { };
    private volatile boolean running;
    private Thread listener;
    private Thread sender;
    private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>();

    PostgresChangeRelay(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    void onRemoteChange(Consumer<Change> consumer) {
        remote = consumer;
    }

    boolean isActive() {
        return channel != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        String product = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
        if (!"PostgreSQL".equals(product)) {
            return;
        }
        String schema = jdbc.queryForObject("select current_schema()", String.class);
        channel = ("portal_changes_" + schema).replaceAll("[^A-Za-z0-9_]", "_").toLowerCase();
        running = true;
        listener = Thread.ofPlatform().daemon().name("portal-change-listener").start(this::listen);
        sender = Thread.ofPlatform().daemon().name("portal-change-sender").start(this::sendQueued);
        log.info("Live updates across nodes on PostgreSQL channel {}", channel);
    }

    /**
     * Called after the writing transaction committed, on the request's thread, which may still hold that
     * transaction's connection: so the notification is queued and sent by a thread of its own, on a
     * connection of its own in auto-commit. Borrowing a second connection here made every saving thread wait
     * for one while holding one, and under load the pool ran dry for seconds (the load test, ./portal load).
     */
    void send(Change change) {
        if (channel == null) {
            return;
        }
        outgoing.add(node + "|" + change.encode());
    }

    private void sendQueued() {
        List<String> batch = new ArrayList<>();
        while (running) {
            try {
                String first = outgoing.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                outgoing.drainTo(batch, 99);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            }
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                connection.setAutoCommit(true);
                for (String payload : batch) {
                    notify.setString(1, channel);
                    notify.setString(2, payload);
                    notify.execute();
                }
            } catch (SQLException failed) {
                log.warn("Could not tell the other nodes about {} changes", batch.size(), failed);
            }
            batch.clear();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("listen " + channel);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(500);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        String[] parts = notification.getParameter().split("\\|", 2);
                        if (!parts[0].equals(node)) {
                            remote.accept(Change.decode(parts[1]));
                        }
                    }
                }
            } catch (SQLException | RuntimeException failed) {
                if (running) {
                    log.warn("Live-update listener lost its connection; listening again in 2 s", failed);
                    sleep();
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
        if (sender != null) {
            sender.interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
