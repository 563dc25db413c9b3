package dk.modningsportal.operations;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A module listener that failed (the database away for a moment, a lock waited out) leaves its event publication
 * incomplete. A restart hands it out again; so does this, every minute, for the publications older than a minute (a
 * listener still at work is younger), on one node at a time: the feed entry, the notification or the dashboard's
 * figures follow without waiting for a restart.
 */
@Component
public class ModuleEventRetry {

    private final IncompleteEventPublications incomplete;
    private final ClusterJobs jobs;
    private final Duration olderThan;

    ModuleEventRetry(IncompleteEventPublications incomplete, ClusterJobs jobs,
            @Value("${portal.events.retry-older-than:PT1M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.jobs = jobs;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${portal.events.retry-every:PT1M}", initialDelayString = "${portal.events.retry-every:PT1M}")
    public void retry() {
        jobs.runOnce("module-event-retry", Duration.ofSeconds(10), Duration.ofMinutes(5),
                () -> incomplete.resubmitIncompletePublicationsOlderThan(olderThan));
    }
}
