package dk.modningsportal.trialaction;

import dk.modningsportal.operations.ClusterJobs;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning at 06:00, once per cluster: overdue trial actions are told to those responsible. */
@Component
class OverdueReminderSchedule {

    private final ClusterJobs jobs;
    private final OverdueReminders reminders;

    OverdueReminderSchedule(ClusterJobs jobs, OverdueReminders reminders) {
        this.jobs = jobs;
        this.reminders = reminders;
    }

    @Scheduled(cron = "0 0 6 * * *", zone = "Europe/Copenhagen")
    void daily() {
        jobs.runOnce("overdue-reminders", Duration.ofMinutes(30), Duration.ofHours(2), reminders::remind);
    }
}
