package dk.modningsportal.trialaction;

/** What the team decides after evaluating a trial action. */
public enum TrialDecision {
    KEEP,
    ADJUST,
    DROP
}
