package dk.modningsportal.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/** Hours one role spent on one kind of work in a month. */
@Embeddable
class HoursEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_role", nullable = false)
    private StaffRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_category", nullable = false)
    private TimeCategory category;

    @Column(name = "hours", nullable = false, precision = 7, scale = 1)
    private BigDecimal hours;

    protected HoursEntry() {
    }

    HoursEntry(StaffRole role, TimeCategory category, BigDecimal hours) {
        this.role = role;
        this.category = category;
        this.hours = hours;
    }

    StaffRole role() {
        return role;
    }

    TimeCategory category() {
        return category;
    }

    BigDecimal hours() {
        return hours;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HoursEntry e && e.role == role && e.category == category;
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, category);
    }
}
