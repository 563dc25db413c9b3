package dk.modningsportal.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Scheduled work (presence heartbeats, reminders, digests) that meets a database outage says so once, through
 * {@link DatabaseOutage}, instead of a stack trace every few seconds; other failures are logged in full.
 */
@Configuration(proxyBeanMethods = false)
class JobFailures implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(JobFailures.class);

    private final DatabaseOutage outage;

    JobFailures(DatabaseOutage outage) {
        this.outage = outage;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("portal-jobs-");
        scheduler.setErrorHandler(failure -> {
            if (DatabaseOutage.isOutage(failure)) {
                outage.noticed(failure);
            } else {
                log.error("A scheduled job failed", failure);
            }
        });
        scheduler.initialize();
        registrar.setTaskScheduler(scheduler);
    }
}
