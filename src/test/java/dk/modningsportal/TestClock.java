package dk.modningsportal;

import dk.modningsportal.base.DanishTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service and UI tests' clock: it runs, but "now" starts at a Monday morning in the middle of a quarter,
 * Danish time, so that no test meets midnight, a quarter's end or a digest hour by the chance of when and
 * where it runs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final ZonedDateTime START = ZonedDateTime.of(2026, 11, 16, 9, 30, 0, 0, DanishTime.ZONE);

    @Bean
    @Primary
    Clock testClock() {
        Clock system = Clock.system(DanishTime.ZONE);
        return Clock.offset(system, Duration.between(Instant.now(system), START.toInstant()));
    }
}
