package dk.modningsportal.intervention;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A core element's text in one version: versions are compared element by element. */
@Entity
@Table(name = "core_element_text")
public class CoreElementText extends AbstractEntity {

    public static final int TEXT_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "intervention_version_id", nullable = false)
    private InterventionVersion interventionVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "core_element_id", nullable = false)
    private CoreElement coreElement;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    protected CoreElementText() {
    }

    CoreElementText(InterventionVersion interventionVersion, CoreElement coreElement, String text) {
        this.interventionVersion = interventionVersion;
        this.coreElement = coreElement;
        this.text = text;
    }

    void rewrite(String newText) {
        this.text = newText;
    }

    public CoreElement getCoreElement() {
        return coreElement;
    }

    public String getText() {
        return text;
    }

    public InterventionVersion getInterventionVersion() {
        return interventionVersion;
    }
}
