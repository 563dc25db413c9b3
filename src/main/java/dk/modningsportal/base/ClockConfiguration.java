package dk.modningsportal.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

    /** Danish time; tests replace the clock to control "today". */
    @Bean
    Clock clock() {
        return Clock.system(DanishTime.ZONE);
    }
}
