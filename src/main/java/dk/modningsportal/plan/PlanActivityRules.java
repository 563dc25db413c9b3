package dk.modningsportal.plan;

import dk.modningsportal.base.TextRules;
import dk.modningsportal.plan.PlanService.ActivityInput;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a plan activity must hold to be saved: a title, kind, first day, timing and venue, texts within limits. */
final class PlanActivityRules {

    private PlanActivityRules() {
    }

    static void check(ActivityInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, "title", input.title(), true, PlanActivity.TITLE_MAX);
        TextRules.check(errors, "purpose", input.purpose(), false, PlanActivity.PURPOSE_MAX);
        TextRules.check(errors, "duration", input.duration(), false, 100);
        TextRules.check(errors, "location", input.location(), false, 200);
        if (input.kind() == null) {
            errors.put("kind", TextRules.REQUIRED);
        }
        TextRules.checkDate(errors, "startsOn", input.startsOn(), true);
        if (input.timing() == null) {
            errors.put("timing", TextRules.REQUIRED);
        }
        if (input.venue() == null) {
            errors.put("venue", TextRules.REQUIRED);
        }
        input.criteria().stream().filter(Objects::nonNull)
                .forEach(c -> TextRules.check(errors, "criteria", c, false, PlanCriterion.TEXT_MAX));
        TextRules.throwIfAny(errors);
    }
}
