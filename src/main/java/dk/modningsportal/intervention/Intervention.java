package dk.modningsportal.intervention;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

@Entity
@Table(name = "intervention")
public class Intervention extends AbstractEntity {

    /** The project whose intervention this is, one per project (the project module's, by id). */
    @Column(name = "project_id", nullable = false, unique = true)
    private long projectId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "theory_of_change", length = 4000)
    private String theoryOfChange;

    @Column(name = "target_group", length = 2000)
    private String targetGroup;

    @OneToMany(mappedBy = "intervention", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<CoreElement> coreElements = new ArrayList<>();

    @OneToMany(mappedBy = "intervention", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<InterventionVersion> versions = new ArrayList<>();

    protected Intervention() {
    }

    public Intervention(long projectId, String name, String description, String theoryOfChange) {
        this.projectId = projectId;
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
        version.setTargetGroup(targetGroup);
        coreElements.forEach(element -> version.putText(element,
                element.getDescription() == null ? element.getName() : element.getDescription()));
        versions.add(version);
        return version;
    }

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int TARGET_GROUP_MAX = 2000;

    /** Authoring before the first trial: the intervention's own texts follow its version 1.0. */
    void describe(String newName, String newDescription, String newTargetGroup, String newTheoryOfChange) {
        this.name = newName;
        this.description = newDescription;
        this.targetGroup = newTargetGroup;
        this.theoryOfChange = newTheoryOfChange;
    }

    /** Removes a core element no trial has used (authoring of version 1.0 only); the rest close up. */
    void removeCoreElement(CoreElement element) {
        versions.forEach(v -> v.removeText(element));
        coreElements.remove(element);
        renumber();
    }

    /** Moves the element one place up (-1) or down (+1) in the order. */
    void move(CoreElement element, int step) {
        List<CoreElement> ordered = new ArrayList<>(coreElements);
        ordered.sort(java.util.Comparator.comparingInt(CoreElement::getSortOrder));
        int from = ordered.indexOf(element);
        int to = from + step;
        if (from < 0 || to < 0 || to >= ordered.size()) {
            return;
        }
        ordered.remove(from);
        ordered.add(to, element);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i + 1);
        }
    }

    private void renumber() {
        List<CoreElement> ordered = new ArrayList<>(coreElements);
        ordered.sort(java.util.Comparator.comparingInt(CoreElement::getSortOrder));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i + 1);
        }
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public long getProjectId() {
        return projectId;
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
