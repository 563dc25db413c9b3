package dk.modningsportal.evaluation;

import dk.modningsportal.base.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** One organisation's month of time and costs: hours per role and kind of work, other costs in kroner. */
@Entity
@Table(name = "evaluation_time_sheet")
class TimeSheet extends TrackedEntity {

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @ElementCollection
    @CollectionTable(name = "evaluation_time_hours", joinColumns = @JoinColumn(name = "time_sheet_id"))
    private Set<HoursEntry> hours = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "evaluation_time_cost", joinColumns = @JoinColumn(name = "time_sheet_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "cost_kind")
    @Column(name = "kroner", precision = 12, scale = 2)
    private Map<CostKind, BigDecimal> costs = new EnumMap<>(CostKind.class);

    protected TimeSheet() {
    }

    TimeSheet(long workspaceId, LocalDate month) {
        this.workspaceId = workspaceId;
        this.monthStart = month;
    }

    /** The month's hours and costs as entered now; an empty cell is none spent. */
    void fill(Set<HoursEntry> newHours, Map<CostKind, BigDecimal> newCosts) {
        hours.clear();
        hours.addAll(newHours);
        costs.clear();
        costs.putAll(newCosts);
    }

    long getWorkspaceId() {
        return workspaceId;
    }

    LocalDate getMonth() {
        return monthStart;
    }

    Set<HoursEntry> getHours() {
        return hours;
    }

    Map<CostKind, BigDecimal> getCosts() {
        return costs;
    }
}
