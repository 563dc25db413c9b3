package dk.modningsportal.postgres;

import dk.modningsportal.scale.ScaleDataCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The generator and the dashboard's tallies on PostgreSQL, in a schema of their own. */
// A temporary search index, known before the environment is prepared (the one-machine check runs then, before
// the schema's properties below): else it locks the embedded default's folder and fails beside a running portal.
@SpringBootTest(properties = "portal.search.directory=")
@org.springframework.test.annotation.DirtiesContext
class PostgresScaleDataTest {

    private static final String SCHEMA = "portal_scale_" + Long.toString(System.nanoTime(), 36);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTest.useNewSchema(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        PostgresTest.execute("drop schema if exists " + SCHEMA + " cascade");
    }

    @Autowired
    ApplicationContext context;

    @Test
    void generates_a_set_whose_dashboard_matches_the_counts() {
        ScaleDataCheck.generateAndCheck(context);
    }
}
