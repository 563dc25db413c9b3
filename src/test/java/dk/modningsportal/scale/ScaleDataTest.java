package dk.modningsportal.scale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The generator on H2, in a database of its own (it commits, unlike the other tests). */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:scale-data-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class ScaleDataTest {

    @Autowired
    ApplicationContext context;

    @Test
    void generates_a_set_whose_dashboard_matches_the_counts() {
        ScaleDataCheck.generateAndCheck(context);
    }
}
