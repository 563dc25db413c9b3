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

    public static final int CONTACT_MAX = 300;

    /** Danish CVR number: 8 digits with a modulus-11 check digit; optional (demo organisations have none). */
    @Column(name = "cvr", length = 8)
    private String cvr;

    @Column(name = "contact", length = CONTACT_MAX)
    private String contact;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
    }

    void describe(String newName, OrganisationKind newKind, String newCvr, String newContact) {
        this.name = Objects.requireNonNull(newName);
        this.kind = Objects.requireNonNull(newKind);
        this.cvr = newCvr;
        this.contact = newContact;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public String getCvr() {
        return cvr;
    }

    public String getContact() {
        return contact;
    }

    public boolean isActive() {
        return active;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }
}
