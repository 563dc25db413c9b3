package dk.modningsportal.trialaction;

/** Planned → in progress → completed → evaluated; a trial action moves one step at a time. */
public enum TrialActionStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    EVALUATED;

    /** The statuses a trial action in this status may be saved with. */
    public java.util.List<TrialActionStatus> reachable() {
        TrialActionStatus[] all = values();
        java.util.List<TrialActionStatus> result = new java.util.ArrayList<>();
        for (int i = Math.max(0, ordinal() - 1); i <= Math.min(all.length - 1, ordinal() + 1); i++) {
            result.add(all[i]);
        }
        return result;
    }

    /** Not yet carried out: such a trial action past its end date is overdue. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    public boolean hasEvaluation() {
        return this == COMPLETED || this == EVALUATED;
    }
}
