package dk.modningsportal.evaluation;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One line of the data-collection plan: what is collected, from whom, once or in a rhythm, and when it is due. */
@Entity
@Table(name = "evaluation_collection_item")
class CollectionItem extends AbstractEntity {

    static final int TITLE_MAX = 200;
    static final int FROM_WHOM_MAX = 200;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private CollectionKind kind;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "from_whom", length = FROM_WHOM_MAX)
    private String fromWhom;

    @Enumerated(EnumType.STRING)
    @Column(name = "rhythm", nullable = false)
    private Rhythm rhythm;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "days_after", nullable = false)
    private int daysAfter;

    /** The plan activity it belongs to (a case visit, an interview round), by id: the plan is another module's. */
    @Column(name = "plan_activity_id")
    private Long planActivityId;

    @Column(name = "created_by_id", nullable = false)
    private long createdById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CollectionItem() {
    }

    CollectionItem(long projectId, CollectionKind kind, String title, String fromWhom, Rhythm rhythm, LocalDate firstDay,
            int daysAfter, Long planActivityId, long createdById, Instant createdAt) {
        this.projectId = projectId;
        this.kind = kind;
        this.title = title;
        this.fromWhom = fromWhom;
        this.rhythm = rhythm;
        this.firstDay = rhythm == Rhythm.ONCE ? firstDay
                : (rhythm == Rhythm.MONTHLY ? ReportingPeriod.MONTH : ReportingPeriod.QUARTER).startOf(firstDay);
        this.daysAfter = daysAfter;
        this.planActivityId = planActivityId;
        this.createdById = createdById;
        this.createdAt = createdAt;
    }

    /** A period to deliver for: [start, until), due on its due day. */
    record Occurrence(LocalDate start, LocalDate until, LocalDate due) {
    }

    /** The occurrences from the first up to the last day (a project's end). */
    List<Occurrence> occurrences(LocalDate last) {
        List<Occurrence> occurrences = new ArrayList<>();
        if (rhythm == Rhythm.ONCE) {
            occurrences.add(new Occurrence(firstDay, firstDay.plusDays(1), firstDay));
            return occurrences;
        }
        ReportingPeriod period = rhythm == Rhythm.MONTHLY ? ReportingPeriod.MONTH : ReportingPeriod.QUARTER;
        for (LocalDate p = firstDay; !p.isAfter(last); p = period.next(p)) {
            LocalDate until = period.next(p);
            occurrences.add(new Occurrence(p, until, until.minusDays(1).plusDays(daysAfter)));
        }
        return occurrences;
    }

    long getProjectId() {
        return projectId;
    }

    CollectionKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    String getFromWhom() {
        return fromWhom;
    }

    Rhythm getRhythm() {
        return rhythm;
    }

    LocalDate getFirstDay() {
        return firstDay;
    }

    int getDaysAfter() {
        return daysAfter;
    }

    Long getPlanActivityId() {
        return planActivityId;
    }
}
