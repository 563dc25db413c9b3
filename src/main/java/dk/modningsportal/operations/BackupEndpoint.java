package dk.modningsportal.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * A consistent copy of the embedded database while the portal runs ({@code ./portal backup}, which calls this on
 * the management port): H2's online {@code BACKUP TO}, a zip with the database file. PostgreSQL is backed up
 * with its own tools ({@code pg_dump -Fc}; README, "Backup and restore").
 */
@Component
@Endpoint(id = "backup")
class BackupEndpoint {

    private static final Logger log = LoggerFactory.getLogger(BackupEndpoint.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataSource dataSource;
    private final Path directory;
    private final Clock clock;

    BackupEndpoint(DataSource dataSource, @Value("${portal.backup.directory}") Path directory, Clock clock) {
        this.dataSource = dataSource;
        this.directory = directory;
        this.clock = clock;
    }

    /** Writes the copy and answers where it is. */
    @WriteOperation
    public String backup() throws SQLException, java.io.IOException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equals(product)) {
                throw new IllegalStateException(product
                        + " is backed up with its own tools (pg_dump -Fc): README, \"Backup and restore\"");
            }
            Files.createDirectories(directory);
            Path file = directory.resolve("portal-" + STAMP.format(clock.instant().atZone(clock.getZone())) + ".zip")
                    .toAbsolutePath();
            statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            log.info("Backup of the embedded database written to {}", file);
            return file.toString();
        }
    }
}
