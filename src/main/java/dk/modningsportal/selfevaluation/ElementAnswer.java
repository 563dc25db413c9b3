package dk.modningsportal.selfevaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One core element's status on the scale and a short explanation. */
@Embeddable
public class ElementAnswer {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30)
    private ImplementationStatus status;

    @Column(name = "explanation", length = SelfEvaluation.EXPLANATION_MAX)
    private String explanation;

    protected ElementAnswer() {
    }

    ElementAnswer(ImplementationStatus status, String explanation) {
        this.status = status;
        this.explanation = explanation;
    }

    public ImplementationStatus getStatus() {
        return status;
    }

    public String getExplanation() {
        return explanation;
    }
}
