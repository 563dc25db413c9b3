package dk.modningsportal.evaluation;

import dk.modningsportal.operations.ClusterJobs;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning at 06:15, once per cluster: project leaders are reminded of evaluation data due within a week. */
@Component
class CollectionReminderSchedule {

    private final ClusterJobs jobs;
    private final CollectionReminders reminders;

    CollectionReminderSchedule(ClusterJobs jobs, CollectionReminders reminders) {
        this.jobs = jobs;
        this.reminders = reminders;
    }

    @Scheduled(cron = "0 15 6 * * *", zone = "Europe/Copenhagen")
    void daily() {
        jobs.runOnce("evaluation-reminders", Duration.ofMinutes(30), Duration.ofHours(2), reminders::remind);
    }
}
