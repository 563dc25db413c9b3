package dk.modningsportal.trialaction;

import static dk.modningsportal.trialaction.TrialActionInput.*;

import dk.modningsportal.base.TextRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * What a trial action must hold to be saved: its texts within their limits, a responsible person of the
 * workspace's own organisation, dates in order, one core element at least, a status reachable from the stored
 * one, and an evaluation (with the adaptation after FRAME when the decision is to adjust) once evaluated.
 */
final class TrialActionRules {

    private TrialActionRules() {
    }

    static void check(TrialActionInput input, TrialActionStatus storedStatus, long workspaceOrganisationId,
            LongUnaryOperator organisationOfPerson) {
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, TITLE, input.getTitle(), true, TrialAction.TITLE_MAX);
        TextRules.check(errors, GOAL, input.getGoal(), true, TrialAction.GOAL_MAX);
        TextRules.check(errors, PLANNED_ACTIVITY, input.getPlannedActivity(), true, TrialAction.ACTIVITY_MAX);
        TextRules.check(errors, INVOLVED, input.getInvolved(), false, TrialAction.INVOLVED_MAX);
        if (input.getResponsible() == null) {
            errors.put(RESPONSIBLE, TextRules.REQUIRED);
        } else if (organisationOfPerson.applyAsLong(input.getResponsible().id()) != workspaceOrganisationId) {
            errors.put(RESPONSIBLE, "validation.responsibleOutsideTeam");
        }
        TextRules.checkDate(errors, START_DATE, input.getStartDate(), true);
        TextRules.checkDate(errors, END_DATE, input.getEndDate(), true);
        if (!errors.containsKey(END_DATE) && input.getStartDate() != null && input.getEndDate().isBefore(input.getStartDate())) {
            errors.put(END_DATE, "validation.endBeforeStart");
        }
        if (input.getCoreElements().isEmpty()) {
            errors.put(CORE_ELEMENTS, "validation.coreElementRequired");
        }
        if (input.getInterventionVersion() == null) {
            errors.put(INTERVENTION_VERSION, TextRules.REQUIRED);
        }
        TrialActionStatus status = input.getStatus();
        if (status == null) {
            errors.put(STATUS, TextRules.REQUIRED);
        } else if (storedStatus == null
                ? !(status == TrialActionStatus.PLANNED || status == TrialActionStatus.IN_PROGRESS)
                : !storedStatus.reachable().contains(status)) {
            errors.put(STATUS, "validation.statusStep");
        }
        boolean evaluated = status == TrialActionStatus.EVALUATED;
        TextRules.check(errors, OUTCOME, input.getOutcome(), evaluated, TrialAction.EVALUATION_MAX);
        TextRules.check(errors, LEARNING, input.getLearning(), evaluated, TrialAction.EVALUATION_MAX);
        TextRules.check(errors, NEXT_STEP, input.getNextStep(), evaluated, TrialAction.NEXT_STEP_MAX);
        if (evaluated && input.getDecision() == null) {
            errors.put(DECISION, TextRules.REQUIRED);
        }
        boolean adjusted = evaluated && input.getDecision() == TrialDecision.ADJUST;
        if (adjusted && input.getAdaptationPlanning() == null) {
            errors.put(ADAPTATION_PLANNING, TextRules.REQUIRED);
        }
        if (adjusted && input.getAdaptationDecidedBy() == null) {
            errors.put(ADAPTATION_DECIDED_BY, TextRules.REQUIRED);
        }
        if (adjusted && input.getAdaptationFidelity() == null) {
            errors.put(ADAPTATION_FIDELITY, TextRules.REQUIRED);
        }
        TextRules.check(errors, ADAPTATION_WHAT, input.getAdaptationWhat(), adjusted, Adaptation.TEXT_MAX);
        TextRules.check(errors, ADAPTATION_REASON, input.getAdaptationReason(), adjusted, Adaptation.TEXT_MAX);
        TextRules.throwIfAny(errors);
    }
}
