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
    Movable testClock() {
        return new Movable(Duration.between(Movable.SYSTEM.instant(), START.toInstant()));
    }

    /** A running clock a test can move forward (a deadline passing); each test starts unmoved. */
    public static final class Movable extends Clock {

        /** The machine's clock this one runs with, offset to the test's Monday morning. */
        static final Clock SYSTEM = Clock.systemUTC();

        private final Duration start;
        private volatile Duration moved = Duration.ZERO;

        Movable(Duration start) {
            this.start = start;
        }

        public void advance(Duration by) {
            moved = moved.plus(by);
        }

        void reset() {
            moved = Duration.ZERO;
        }

        @Override
        public java.time.ZoneId getZone() {
            return DanishTime.ZONE;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.offset(Clock.system(zone), start.plus(moved));
        }

        @Override
        public Instant instant() {
            return SYSTEM.instant().plus(start).plus(moved);
        }
    }
}
