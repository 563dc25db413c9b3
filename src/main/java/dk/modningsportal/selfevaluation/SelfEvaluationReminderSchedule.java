package dk.modningsportal.selfevaluation;

import dk.modningsportal.operations.ClusterJobs;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning at 06:00, once per cluster: project leaders are reminded of a self-evaluation due in a week. */
@Component
class SelfEvaluationReminderSchedule {

    private final ClusterJobs jobs;
    private final SelfEvaluationReminders reminders;

    SelfEvaluationReminderSchedule(ClusterJobs jobs, SelfEvaluationReminders reminders) {
        this.jobs = jobs;
        this.reminders = reminders;
    }

    @Scheduled(cron = "0 0 6 * * *", zone = "Europe/Copenhagen")
    void daily() {
        jobs.runOnce("self-evaluation-reminders", Duration.ofMinutes(30), Duration.ofHours(2), reminders::remind);
    }
}
