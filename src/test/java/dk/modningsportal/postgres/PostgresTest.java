package dk.modningsportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where the PostgreSQL tests find their database: 127.0.0.1:5432, database "test", trust auth, as on
 * the project's machines and CI. Each test class gets a schema of its own and drops it afterwards.
 * Without a server the tests are skipped, unless PORTAL_REQUIRE_POSTGRES=true (CI sets it when one
 * answers), so a missing server cannot pass for a green run there.
 */
public final class PostgresTest {

    static final String URL = System.getenv().getOrDefault("PORTAL_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("PORTAL_POSTGRES_USER", "postgres");

    private PostgresTest() {
    }

    /** Whether a server answers here (the browser journey falls back to H2 locally when none does). */
    public static boolean available() {
        try (Connection ignored = DriverManager.getConnection(URL, USER, "")) {
            return ignored.isValid(2);
        } catch (SQLException unreachable) {
            return false;
        }
    }

    public static void requireServer() {
        try (Connection ignored = DriverManager.getConnection(URL, USER, "")) {
            assertThat(ignored.isValid(2)).isTrue();
        } catch (SQLException unreachable) {
            if ("true".equals(System.getenv("PORTAL_REQUIRE_POSTGRES"))) {
                fail("PostgreSQL required but not reachable at " + URL + ": " + unreachable.getMessage());
            }
            Assumptions.abort("No PostgreSQL at " + URL + ": " + unreachable.getMessage());
        }
    }

    public static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Points the application under test at a new schema of its own, created here, without demo data. */
    public static void useNewSchema(DynamicPropertyRegistry registry, String schema) {
        requireServer();
        execute("create schema " + schema);
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
        registry.add("portal.demo-data", () -> "false");
        // A schema of its own for each run: its search index is a temporary folder, not one kept per database.
        registry.add("portal.search.directory", () -> "");
    }
}
