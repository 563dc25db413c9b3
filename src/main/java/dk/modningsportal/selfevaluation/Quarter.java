package dk.modningsportal.selfevaluation;

import java.time.LocalDate;

/** A calendar quarter, e.g. 2026 Q3 ("2026-3" in addresses). */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("No quarter " + quarter);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** "2026-3", or empty for anything else. */
    public static java.util.Optional<Quarter> parse(String text) {
        try {
            String[] parts = text.split("-");
            return java.util.Optional.of(new Quarter(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        } catch (RuntimeException notAQuarter) {
            return java.util.Optional.empty();
        }
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    public String key() {
        return year + "-" + quarter;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
    }
}
