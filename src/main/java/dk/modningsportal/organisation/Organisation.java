package dk.modningsportal.organisation;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;

@Entity
@Table(name = "organisation")
public class Organisation extends AbstractEntity {

    public static final int NAME_MAX = 200;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private OrganisationKind kind;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }
}
