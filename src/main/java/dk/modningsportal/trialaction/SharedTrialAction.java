package dk.modningsportal.trialaction;

import dk.modningsportal.base.SharedWithProject;
import java.time.LocalDate;
import java.util.List;

/**
 * A trial action as another organisation of the project reads it once shared: what it tried, how it went and what
 * the team decided. {@code own}: the reader may read its workspace anyway, so it opens there.
 */
public record SharedTrialAction(long id, long projectId, long workspaceId, String organisationName, String title,
        TrialActionStatus status, LocalDate startDate, LocalDate endDate, String versionLabel,
        List<String> coreElementNames, String goal, String plannedActivity, String outcome, String learning,
        TrialDecision decision, String nextStep, SharedWithProject.State sharing, boolean own) {
}
