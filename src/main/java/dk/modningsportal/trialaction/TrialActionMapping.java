package dk.modningsportal.trialaction;

import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.Vocabulary;
import java.util.Map;
import dk.modningsportal.security.UserDirectory.Person;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;

/** A stored trial action as the form edits it and as the list shows it. */
final class TrialActionMapping {

    private TrialActionMapping() {
    }

    /** {@code names}: the responsible person's and the writers' names, by account id. */
    static TrialActionInput toInput(TrialAction action, Vocabulary vocabulary, Map<Long, String> names) {
        TrialActionInput input = new TrialActionInput();
        input.setId(action.getId());
        input.setVersion(action.getVersion());
        input.setWorkspaceId(action.getWorkspace().id());
        input.setStoredStatus(action.getStatus());
        input.setTitle(action.getTitle());
        input.setGoal(action.getGoal());
        input.setPlannedActivity(action.getPlannedActivity());
        input.setResponsible(new Person(action.getResponsibleId(), names.get(action.getResponsibleId()),
                action.getWorkspace().organisationId()));
        input.setInvolved(action.getInvolved());
        input.setStartDate(action.getStartDate());
        input.setEndDate(action.getEndDate());
        input.setInterventionVersion(vocabulary.version(action.getInterventionVersionId()));
        input.setCoreElements(new LinkedHashSet<>(vocabulary.inOrder(action.getCoreElementIds())));
        input.setStatus(action.getStatus());
        input.setOutcome(action.getOutcome());
        input.setLearning(action.getLearning());
        input.setDecision(action.getDecision());
        input.setNextStep(action.getNextStep());
        Adaptation adaptation = action.getAdaptation();
        if (adaptation != null) {
            input.setAdaptationPlanning(adaptation.getPlanning());
            input.setAdaptationDecidedBy(adaptation.getDecidedBy());
            input.setAdaptationWhat(adaptation.getWhatChanged());
            input.setAdaptationFidelity(adaptation.getFidelity());
            input.setAdaptationReason(adaptation.getReason());
        }
        input.setCreatedByName(names.get(action.getCreatedById()));
        input.setUpdatedByName(names.get(action.getChangedById()));
        input.setUpdatedAt(action.getChangedAt());
        return input;
    }

    static TrialActionRow row(TrialAction t, Vocabulary vocabulary, String responsibleName) {
        String elements = vocabulary.inOrder(t.getCoreElementIds()).stream().map(CoreElementRef::name)
                .collect(Collectors.joining(", "));
        return new TrialActionRow(t.getId(), t.getTitle(), t.getStatus(), responsibleName,
                t.getStartDate(), t.getEndDate(), vocabulary.versionLabel(t.getInterventionVersionId()), elements, t.getDecision(),
                t.getChangedAt(), t.getSharing().isShared());
    }
}
