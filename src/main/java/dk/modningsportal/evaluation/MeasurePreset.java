package dk.modningsportal.evaluation;

/**
 * The registrations the seeds ask of a project's organisations, to start a measure from: delivery (courses,
 * pre-talks, group and parallel sessions) and reach (participants enrolled, completed, dropped out).
 * Names and units are translation keys ({@code evaluation.preset.NAME.name}, {@code .unit}, {@code .group}).
 */
public enum MeasurePreset {
    COURSES_STARTED(ReportingPeriod.MONTH, null),
    PRE_TALKS_HELD(ReportingPeriod.MONTH, null),
    GROUP_SESSIONS_CHILDREN(ReportingPeriod.MONTH, null),
    PARALLEL_SESSIONS_ADULTS(ReportingPeriod.MONTH, null),
    PARTICIPANTS_ENROLLED(ReportingPeriod.MONTH, null),
    PARTICIPANTS_COMPLETED(ReportingPeriod.MONTH, PARTICIPANTS_ENROLLED),
    PARTICIPANTS_DROPPED_OUT(ReportingPeriod.MONTH, PARTICIPANTS_ENROLLED);

    private final ReportingPeriod period;
    private final MeasurePreset atMost;

    MeasurePreset(ReportingPeriod period, MeasurePreset atMost) {
        this.period = period;
        this.atMost = atMost;
    }

    public ReportingPeriod period() {
        return period;
    }

    /** The preset whose count, so far, this one can never exceed (null: none). */
    public MeasurePreset atMost() {
        return atMost;
    }

    public String key(String part) {
        return "evaluation.preset." + name() + "." + part;
    }
}
