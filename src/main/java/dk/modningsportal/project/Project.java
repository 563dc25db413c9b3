package dk.modningsportal.project;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@Entity
@Table(name = "project")
public class Project extends AbstractEntity {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    /** A quarter's self-evaluation is due this many days after the quarter ends. */
    @Column(name = "self_evaluation_due_days", nullable = false)
    private int selfEvaluationDueDays = 14;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ProjectPhase> phases = new ArrayList<>();

    /** The Socialstyrelsen consultants who serve the project (its workspaces' readers, the loop's organisers). */
    @ElementCollection
    @CollectionTable(name = "project_consultant", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "user_id")
    private Set<Long> consultantIds = new HashSet<>();

    /** The organisations that evaluate the project: their evaluators read it, and only it. */
    @ElementCollection
    @CollectionTable(name = "project_evaluator", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "organisation_id")
    private Set<Long> evaluatorOrganisationIds = new HashSet<>();

    /** Once closed, the project is read-only; dashboards and exports stay. */
    @Column(name = "closed_at")
    private Instant closedAt;

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    protected Project() {
    }

    public Project(String name, String description, LocalDate startDate, LocalDate endDate) {
        this.name = Objects.requireNonNull(name);
        this.description = description;
        this.startDate = Objects.requireNonNull(startDate);
        this.endDate = Objects.requireNonNull(endDate);
    }

    /** A plan template brings its own phases. */
    void clearPhases() {
        phases.clear();
    }

    public ProjectPhase addPhase(String phaseName, LocalDate start, LocalDate end) {
        ProjectPhase phase = new ProjectPhase(this, phaseName, phases.size() + 1, start, end);
        phases.add(phase);
        return phase;
    }

    /** The consultants' choice of how long after a quarter its self-evaluation is due. */
    void setSelfEvaluationDueDays(int days) {
        if (days < 0 || days > 120) {
            throw new IllegalArgumentException("Due " + days + " days after the quarter");
        }
        this.selfEvaluationDueDays = days;
    }

    public int getSelfEvaluationDueDays() {
        return selfEvaluationDueDays;
    }

    void addConsultant(long userId) {
        consultantIds.add(userId);
    }

    void removeConsultant(long userId) {
        consultantIds.remove(userId);
    }

    public Set<Long> getConsultantIds() {
        return Set.copyOf(consultantIds);
    }

    /** For code that builds a project before anyone runs it (demo data, tests); later changes are audited. */
    public void addEvaluator(long organisationId) {
        evaluatorOrganisationIds.add(organisationId);
    }

    void setEvaluatorOrganisations(Set<Long> organisationIds) {
        evaluatorOrganisationIds.retainAll(organisationIds);
        evaluatorOrganisationIds.addAll(organisationIds);
    }

    public Set<Long> getEvaluatorOrganisationIds() {
        return Set.copyOf(evaluatorOrganisationIds);
    }

    void describe(String newName, String newDescription, LocalDate newStart, LocalDate newEnd) {
        this.name = Objects.requireNonNull(newName);
        this.description = newDescription;
        this.startDate = Objects.requireNonNull(newStart);
        this.endDate = Objects.requireNonNull(newEnd);
    }

    void close(Instant at) {
        this.closedAt = at;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Optional<ProjectPhase> phaseOn(LocalDate day) {
        return phases.stream().filter(p -> p.contains(day)).findFirst();
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public List<ProjectPhase> getPhases() {
        return List.copyOf(phases);
    }
}
