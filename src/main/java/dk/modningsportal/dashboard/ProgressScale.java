package dk.modningsportal.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * The progress scale after IHI's Assessment Scale for Collaboratives (0.5–5), worded for maturation
 * projects; the criteria are shown beside the score a consultant sets.
 */
public final class ProgressScale {

    public static final List<BigDecimal> VALUES = List.of("0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5",
            "5.0").stream().map(BigDecimal::new).toList();

    private ProgressScale() {
    }

    /** Translation key of the criterion for a score. */
    public static String criterionKey(BigDecimal score) {
        return "progress.criterion." + score.toPlainString().replace('.', '_');
    }
}
