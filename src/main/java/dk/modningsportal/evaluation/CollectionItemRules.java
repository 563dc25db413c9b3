package dk.modningsportal.evaluation;

import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.evaluation.CollectionPlanService.ItemInput;
import dk.modningsportal.project.ProjectFacts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * What a line of the data-collection plan must hold: a kind, a title, a rhythm, a first day within the project,
 * a due day at most 120 days after each period, and (if any) an activity of the project's own plan.
 */
final class CollectionItemRules {

    private CollectionItemRules() {
    }

    static void check(ItemInput input, ProjectFacts project, LongPredicate ofProject) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = TextRules.trimToNull(input.title());
        String fromWhom = TextRules.trimToNull(input.fromWhom());
        if (input.kind() == null) {
            errors.put("kind", "validation.required");
        }
        if (title == null) {
            errors.put("title", "validation.required");
        } else if (title.length() > CollectionItem.TITLE_MAX) {
            errors.put("title", "validation.tooLong");
        }
        if (fromWhom != null && fromWhom.length() > CollectionItem.FROM_WHOM_MAX) {
            errors.put("fromWhom", "validation.tooLong");
        }
        if (input.rhythm() == null) {
            errors.put("rhythm", "validation.required");
        }
        if (input.firstDay() == null) {
            errors.put("firstDay", "validation.required");
        } else if (input.firstDay().isBefore(project.startDate()) || input.firstDay().isAfter(project.endDate())) {
            errors.put("firstDay", "evaluation.countedFromInProject");
        }
        int daysAfter = input.daysAfter() == null ? 0 : input.daysAfter();
        if (daysAfter < 0 || daysAfter > 120) {
            errors.put("daysAfter", "evaluation.daysAfterRange");
        }
        if (input.planActivityId() != null && !ofProject.test(input.planActivityId())) {
            errors.put("planActivity", "validation.unknownChoice");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }
}
