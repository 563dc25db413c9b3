package dk.modningsportal.meeting;

import dk.modningsportal.base.TrackedEntity;
import dk.modningsportal.plan.ActivityFacts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A meeting activity of the plan, held once (or, for a local activity in each organisation, once per organisation). */
@Entity
@Table(name = "meeting")
public class Meeting extends TrackedEntity {

    public enum Status {
        PLANNED, PUBLISHED
    }

    /** The plan activity it is held on (the plan module's, by id), and that activity's project beside it. */
    @Column(name = "activity_id", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    /** The organisation a local activity's meeting is held in (the organisation module's, by id); none: shared. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "location", length = 300)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.PLANNED;

    /** Raised at each change of time or place, so calendars replace the earlier invitation. */
    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 200)
    private String publishedBy;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<AgendaItem> items = new ArrayList<>();

    protected Meeting() {
    }

    Meeting(ActivityFacts activity, Long organisationId, Instant startsAt, int durationMinutes, String location) {
        this.activityId = activity.id();
        this.projectId = activity.projectId();
        this.organisationId = organisationId;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.location = location;
    }

    void reschedule(Instant newStart, int newDuration, String newLocation) {
        startsAt = newStart;
        durationMinutes = newDuration;
        location = newLocation;
        sequenceNumber++;
    }

    AgendaItem addItem(String title, String ownerName, Integer minutes, boolean internal, String proposedBy) {
        AgendaItem item = new AgendaItem(this, items.size() + 1, title, ownerName, minutes, internal, proposedBy);
        items.add(item);
        return item;
    }

    void publish(String by, Instant at) {
        status = Status.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    public long getActivityId() {
        return activityId;
    }

    public long getProjectId() {
        return projectId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getLocation() {
        return location;
    }

    public Status getStatus() {
        return status;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public List<AgendaItem> getItems() {
        return items;
    }
}
