package dk.modningsportal.evaluation;

/**
 * The small-number rule: outside the organisation itself and the project's evaluators, a count from 1 to 4 is
 * shown as "< 5", so that nobody can tell a few identifiable citizens from a project's figures. Zero and missing
 * stay as they are (a missing period is not zero).
 */
public final class SmallNumbers {

    public static final int THRESHOLD = 5;
    public static final String HIDDEN_TEXT = "< 5";

    /** A count as one viewer may see it: its value, or only that it is small, or that none was reported. */
    public record Shown(Integer value, boolean hidden) {

        public static final Shown MISSING = new Shown(null, false);

        public boolean missing() {
            return value == null && !hidden;
        }

        /** The value to draw or add up: none when hidden or missing. */
        public Integer plotted() {
            return hidden ? null : value;
        }

        public String text(String missingText) {
            return hidden ? HIDDEN_TEXT : value == null ? missingText : String.valueOf(value);
        }
    }

    private SmallNumbers() {
    }

    public static Shown show(Integer count, boolean fullAccess) {
        if (count == null) {
            return Shown.MISSING;
        }
        return !fullAccess && count > 0 && count < THRESHOLD ? new Shown(null, true) : new Shown(count, false);
    }
}
