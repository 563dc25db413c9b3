package dk.modningsportal.plan;

import dk.modningsportal.base.TrackedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One activity of a project's plan. Cross-organisation, or local: to one organisation, or (no organisation)
 * held in each organisation. Its time is a day, or a month or quarter while not yet fixed.
 */
@Entity
@Table(name = "plan_activity")
public class PlanActivity extends TrackedEntity {

    public static final int TITLE_MAX = 200;
    public static final int PURPOSE_MAX = 2000;

    /** The project's, and the phase of its plan it belongs to (the project module's, by id). */
    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "phase_id")
    private Long phaseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private PlanActivityKind kind;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "local_activity", nullable = false)
    private boolean local;

    /** The organisation a local activity is held by (the organisation module's, by id). */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "timing", nullable = false, length = 10)
    private Timing timing;

    @Column(name = "duration", length = 100)
    private String duration;

    @Enumerated(EnumType.STRING)
    @Column(name = "venue", nullable = false, length = 40)
    private Venue venue;

    @Column(name = "location", length = 200)
    private String location;

    @Column(name = "participants", nullable = false, length = 300)
    private String participants = "";

    @Column(name = "purpose", length = PURPOSE_MAX)
    private String purpose;

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<PlanCriterion> criteria = new ArrayList<>();

    protected PlanActivity() {
    }

    PlanActivity(long projectId) {
        this.projectId = projectId;
    }

    void describe(Long phaseId, PlanActivityKind kind, String title, boolean local, Long organisationId,
            LocalDate startsOn, Timing timing, String duration, Venue venue, String location,
            Set<ParticipantGroup> participants, String purpose) {
        this.phaseId = phaseId;
        this.kind = kind;
        this.title = title;
        this.local = local;
        this.organisationId = local ? organisationId : null;
        this.timing = timing;
        this.startsOn = switch (timing) {
            case DAY -> startsOn;
            case MONTH -> startsOn.withDayOfMonth(1);
            case QUARTER -> startsOn.withDayOfMonth(1).withMonth((startsOn.getMonthValue() - 1) / 3 * 3 + 1);
        };
        this.duration = duration;
        this.venue = venue;
        this.location = location;
        this.participants = participants.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.purpose = purpose;
    }

    /** Replaces the criteria by these texts; a criterion that stays keeps its tick. */
    void setCriteria(List<String> texts) {
        List<PlanCriterion> before = new ArrayList<>(criteria);
        criteria.clear();
        for (int i = 0; i < texts.size(); i++) {
            PlanCriterion criterion = new PlanCriterion(this, i, texts.get(i));
            String text = texts.get(i);
            before.stream().filter(c -> c.getText().equals(text) && c.isMet()).findFirst()
                    .ifPresent(c -> criterion.tick(true, c.getMetBy(), c.getMetAt()));
            criteria.add(criterion);
        }
    }

    /** The last day the activity may fall on: the day itself, or the end of its month or quarter. */
    public LocalDate endsBy() {
        return switch (timing) {
            case DAY -> startsOn;
            case MONTH -> startsOn.plusMonths(1).minusDays(1);
            case QUARTER -> startsOn.plusMonths(3).minusDays(1);
        };
    }

    public long getProjectId() {
        return projectId;
    }

    public Long getPhaseId() {
        return phaseId;
    }

    public PlanActivityKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public boolean isLocal() {
        return local;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public Timing getTiming() {
        return timing;
    }

    public String getDuration() {
        return duration;
    }

    public Venue getVenue() {
        return venue;
    }

    public String getLocation() {
        return location;
    }

    public Set<ParticipantGroup> getParticipants() {
        return participants.isBlank() ? EnumSet.noneOf(ParticipantGroup.class)
                : Arrays.stream(participants.split(",")).map(ParticipantGroup::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ParticipantGroup.class)));
    }

    public String getPurpose() {
        return purpose;
    }

    public List<PlanCriterion> getCriteria() {
        return criteria;
    }
}
