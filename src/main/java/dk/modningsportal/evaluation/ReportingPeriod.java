package dk.modningsportal.evaluation;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** How often a measure is counted: per month or per quarter. A period is named by its first day. */
public enum ReportingPeriod {
    MONTH, QUARTER;

    /** The first day of the period that holds the day. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
        };
    }

    public LocalDate next(LocalDate start) {
        return this == MONTH ? start.plusMonths(1) : start.plusMonths(3);
    }

    public LocalDate lastDay(LocalDate start) {
        return next(start).minusDays(1);
    }
}
