package dk.modningsportal.intervention;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Version 1.0, 2.0, 3.0 … of an intervention, each with its trial round (afprøvningsrunde). */
@Entity
@Table(name = "intervention_version")
public class InterventionVersion extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "intervention_id", nullable = false)
    private Intervention intervention;

    @Column(name = "label", nullable = false, length = 20)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private VersionStatus status;

    @Column(name = "trial_start")
    private LocalDate trialStart;

    @Column(name = "trial_end")
    private LocalDate trialEnd;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "theory_of_change", length = 4000)
    private String theoryOfChange;

    @Column(name = "target_group", length = 2000)
    private String targetGroup;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** Who put it into trial (an account of the security module, by id). */
    @Column(name = "published_by_id")
    private Long publishedById;

    /** The intervention's final version: what the organisations anchor; no trial round follows it. */
    @jakarta.persistence.Column(name = "final_version", nullable = false)
    private boolean finalVersion;

    @OneToMany(mappedBy = "interventionVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CoreElementText> texts = new ArrayList<>();

    protected InterventionVersion() {
    }

    InterventionVersion(Intervention intervention, String label, VersionStatus status, LocalDate trialStart,
            LocalDate trialEnd, int sortOrder) {
        this.intervention = intervention;
        this.label = label;
        this.status = status;
        this.trialStart = trialStart;
        this.trialEnd = trialEnd;
        this.sortOrder = sortOrder;
    }

    /** This version's text for the core element, or empty when the element is not part of it. */
    public Optional<String> textOf(CoreElement element) {
        return texts.stream().filter(t -> t.getCoreElement().equals(element)).map(CoreElementText::getText).findFirst();
    }

    void putText(CoreElement element, String text) {
        texts.stream().filter(t -> t.getCoreElement().equals(element)).findFirst()
                .ifPresentOrElse(t -> t.rewrite(text), () -> texts.add(new CoreElementText(this, element, text)));
    }

    void removeText(CoreElement element) {
        texts.removeIf(t -> t.getCoreElement().equals(element));
    }

    public List<CoreElementText> getTexts() {
        return List.copyOf(texts);
    }

    void describe(String newDescription, String newTheoryOfChange) {
        this.description = newDescription;
        this.theoryOfChange = newTheoryOfChange;
    }

    /** Puts this version into trial from today. */
    void publish(long byId, Instant at, LocalDate today, boolean asFinal) {
        this.status = VersionStatus.IN_TRIAL;
        this.finalVersion = asFinal;
        this.publishedById = byId;
        this.publishedAt = at;
        this.trialStart = today;
        if (trialEnd != null && trialEnd.isBefore(today)) {
            trialEnd = null;
        }
    }

    /** Ends this version's trial round as its successor goes into trial. */
    void close(LocalDate lastDay) {
        this.status = VersionStatus.CLOSED;
        if (trialEnd == null || trialEnd.isAfter(lastDay)) {
            trialEnd = lastDay;
        }
    }

    void setTargetGroup(String newTargetGroup) {
        this.targetGroup = newTargetGroup;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public String getDescription() {
        return description;
    }

    public String getTheoryOfChange() {
        return theoryOfChange;
    }

    public boolean isFinalVersion() {
        return finalVersion;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Long getPublishedById() {
        return publishedById;
    }

    public Intervention getIntervention() {
        return intervention;
    }

    public String getLabel() {
        return label;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public LocalDate getTrialStart() {
        return trialStart;
    }

    public LocalDate getTrialEnd() {
        return trialEnd;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
