package dk.modningsportal.evaluation;

/**
 * The registrations the seeds ask of a project's organisations, to start a measure from: delivery (courses,
 * pre-talks, group and parallel sessions) and reach (participants enrolled, completed, dropped out).
 * Names and units are translation keys ({@code evaluation.preset.NAME.name}, {@code .unit}, {@code .group}).
 */
public enum MeasurePreset {
    COURSES_STARTED(null, null),
    PRE_TALKS_HELD(null, null),
    GROUP_SESSIONS_CHILDREN(MeasureCounts.SESSIONS, null),
    PARALLEL_SESSIONS_ADULTS(MeasureCounts.SESSIONS, null),
    PARTICIPANTS_ENROLLED(MeasureCounts.PARTICIPANTS, null),
    PARTICIPANTS_COMPLETED(null, PARTICIPANTS_ENROLLED),
    PARTICIPANTS_DROPPED_OUT(null, PARTICIPANTS_ENROLLED);

    private final ReportingPeriod period = ReportingPeriod.MONTH;
    private final MeasureCounts counts;
    private final MeasurePreset atMost;

    MeasurePreset(MeasureCounts counts, MeasurePreset atMost) {
        this.counts = counts;
        this.atMost = atMost;
    }

    /** What the measure counts for the cost per participant or per session (null: neither). */
    public MeasureCounts counts() {
        return counts;
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
