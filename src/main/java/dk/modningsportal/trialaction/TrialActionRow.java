package dk.modningsportal.trialaction;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the trial-action list; {@code shared}: with the project's other organisations. */
public record TrialActionRow(long id, String title, TrialActionStatus status, String responsibleName,
        LocalDate startDate, LocalDate endDate, String versionLabel, String coreElementNames, TrialDecision decision,
        Instant updatedAt, boolean shared) {
}
