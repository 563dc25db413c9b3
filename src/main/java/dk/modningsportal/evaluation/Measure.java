package dk.modningsportal.evaluation;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One thing a project's organisations count for the evaluation, e.g. "Forløb startet" per month. */
@Entity
@Table(name = "evaluation_measure")
public class Measure extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int UNIT_MAX = 60;
    public static final int TARGET_GROUP_MAX = 120;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "unit", nullable = false, length = UNIT_MAX)
    private String unit;

    @Column(name = "target_group", length = TARGET_GROUP_MAX)
    private String targetGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "period", nullable = false)
    private ReportingPeriod period;

    @Column(name = "counted_from", nullable = false)
    private java.time.LocalDate countedFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "counts")
    private MeasureCounts counts;

    @Column(name = "at_most_id")
    private Long atMostId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "created_by_id", nullable = false)
    private long createdById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Measure() {
    }

    Measure(long projectId, String name, String unit, String targetGroup, ReportingPeriod period,
            java.time.LocalDate countedFrom, Long atMostId, MeasureCounts counts, int sortOrder, long createdById,
            Instant createdAt) {
        this.counts = counts;
        this.countedFrom = period.startOf(countedFrom);
        this.projectId = projectId;
        this.name = Objects.requireNonNull(name);
        this.unit = Objects.requireNonNull(unit);
        this.targetGroup = targetGroup;
        this.period = Objects.requireNonNull(period);
        this.atMostId = atMostId;
        this.sortOrder = sortOrder;
        this.createdById = createdById;
        this.createdAt = createdAt;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public java.time.LocalDate getCountedFrom() {
        return countedFrom;
    }

    public MeasureCounts getCounts() {
        return counts;
    }

    public Long getAtMostId() {
        return atMostId;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
