package dk.modningsportal.selfevaluation;

import dk.modningsportal.evaluation.CollectionKind;
import dk.modningsportal.evaluation.DeliveryCheck;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** For the evaluation's data-collection plan: a quarter's self-evaluation is delivered once it is submitted. */
@Component
class SelfEvaluationDelivered implements DeliveryCheck {

    private final SelfEvaluationRepository evaluations;

    SelfEvaluationDelivered(SelfEvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public CollectionKind kind() {
        return CollectionKind.SELF_EVALUATION;
    }

    /** Every quarter that begins in the period has a submitted form. */
    @Override
    public boolean delivered(long workspaceId, LocalDate from, LocalDate until) {
        var submitted = evaluations.findByWorkspace(workspaceId).stream()
                .filter(e -> e.getStatus() == SelfEvaluation.Status.SUBMITTED).map(SelfEvaluation::getQuarter)
                .collect(java.util.stream.Collectors.toSet());
        boolean any = false;
        for (Quarter q = Quarter.of(from); q.firstDay().isBefore(until); q = q.next()) {
            if (!q.firstDay().isBefore(from)) {
                any = true;
                if (!submitted.contains(q)) {
                    return false;
                }
            }
        }
        return any || submitted.contains(Quarter.of(from));
    }
}
