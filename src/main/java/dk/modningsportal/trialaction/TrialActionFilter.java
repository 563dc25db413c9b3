package dk.modningsportal.trialaction;

/** Filters of the trial-action list; a null value means "any". */
public record TrialActionFilter(TrialActionStatus status, Long coreElementId, Long versionId, Long responsibleId,
        String search) {

    public static TrialActionFilter none() {
        return new TrialActionFilter(null, null, null, null, null);
    }
}
