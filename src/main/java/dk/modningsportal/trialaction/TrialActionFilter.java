package dk.modningsportal.trialaction;

/** Filters of the trial-action list; a null value means "any"; overdue: not completed and past its end. */
public record TrialActionFilter(TrialActionStatus status, Long coreElementId, Long versionId, Long responsibleId,
        String search, boolean overdueOnly) {

    public TrialActionFilter(TrialActionStatus status, Long coreElementId, Long versionId, Long responsibleId,
            String search) {
        this(status, coreElementId, versionId, responsibleId, search, false);
    }

    public static TrialActionFilter none() {
        return new TrialActionFilter(null, null, null, null, null, false);
    }
}
