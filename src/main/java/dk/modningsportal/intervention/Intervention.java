package dk.modningsportal.intervention;

import dk.modningsportal.base.AbstractEntity;
import dk.modningsportal.project.Project;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

@Entity
@Table(name = "intervention")
public class Intervention extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, unique = true)
    private Project project;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "theory_of_change", length = 4000)
    private String theoryOfChange;

    @OneToMany(mappedBy = "intervention", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<CoreElement> coreElements = new ArrayList<>();

    @OneToMany(mappedBy = "intervention", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<InterventionVersion> versions = new ArrayList<>();

    protected Intervention() {
    }

    public Intervention(Project project, String name, String description, String theoryOfChange) {
        this.project = Objects.requireNonNull(project);
        this.name = Objects.requireNonNull(name);
        this.description = description;
        this.theoryOfChange = theoryOfChange;
    }

    /** Adds a core element (to no version yet: a version takes it with {@link InterventionVersion#putText}). */
    public CoreElement addCoreElement(String elementName, String elementDescription) {
        CoreElement element = new CoreElement(this, elementName, elementDescription, coreElements.size() + 1);
        coreElements.add(element);
        return element;
    }

    public InterventionVersion addVersion(String label, VersionStatus status, LocalDate trialStart, LocalDate trialEnd) {
        InterventionVersion version = new InterventionVersion(this, label, status, trialStart, trialEnd,
                versions.size() + 1);
        version.describe(description, theoryOfChange);
        coreElements.forEach(element -> version.putText(element,
                element.getDescription() == null ? element.getName() : element.getDescription()));
        versions.add(version);
        return version;
    }

    public Project getProject() {
        return project;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getTheoryOfChange() {
        return theoryOfChange;
    }

    public List<CoreElement> getCoreElements() {
        return List.copyOf(coreElements);
    }

    public List<InterventionVersion> getVersions() {
        return List.copyOf(versions);
    }
}
