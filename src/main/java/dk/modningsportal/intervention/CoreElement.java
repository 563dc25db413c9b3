package dk.modningsportal.intervention;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "core_element")
public class CoreElement extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "intervention_id", nullable = false)
    private Intervention intervention;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected CoreElement() {
    }

    CoreElement(Intervention intervention, String name, String description, int sortOrder) {
        this.intervention = intervention;
        this.name = name;
        this.description = description;
        this.sortOrder = sortOrder;
    }

    void rename(String newName, String newDescription) {
        this.name = newName;
        this.description = newDescription;
    }

    void placeAt(int newSortOrder) {
        this.sortOrder = newSortOrder;
    }

    public Intervention getIntervention() {
        return intervention;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
