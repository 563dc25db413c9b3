package dk.modningsportal;

import dk.modningsportal.base.DanishTime;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.note.NoteDraft;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.security.UserAccount;
import dk.modningsportal.security.UserDirectory.Person;
import dk.modningsportal.trialaction.TrialActionDraft;
import dk.modningsportal.trialaction.TrialActionService;
import dk.modningsportal.trialaction.TrialActionStatus;
import dk.modningsportal.trialaction.TrialDecision;
import dk.modningsportal.intervention.CoreElement;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Writes a round's experience as the teams would, through the real services, for maturation tests. */
@Component
public class MaturationFixture {

    @org.springframework.beans.factory.annotation.Autowired
    private java.time.Clock clock;

    private final NoteService notes;
    private final TrialActionService trialActions;

    MaturationFixture(NoteService notes, TrialActionService trialActions) {
        this.notes = notes;
        this.trialActions = trialActions;
    }

    public NoteDraft note(Consumer<UserAccount> loginAs, UserAccount author, Workspace workspace, String text,
            NoteKind kind, CoreElement element) {
        loginAs.accept(author);
        return notes.capture(workspace.getId(), text, kind, ref(element));
    }

    public TrialActionDraft evaluatedTrialAction(Consumer<UserAccount> loginAs, UserAccount author,
            Workspace workspace, String title, CoreElement element) {
        loginAs.accept(author);
        TrialActionDraft draft = trialActions.newDraft(workspace.getId());
        draft.setTitle(title);
        draft.setGoal("Mål for " + title);
        draft.setPlannedActivity("Aktivitet");
        draft.setResponsible(new Person(author.getId(), author.getDisplayName(), author.getOrganisation().getId()));
        draft.setStartDate(LocalDate.now(clock).minusWeeks(6));
        draft.setEndDate(LocalDate.now(clock).minusWeeks(1));
        draft.setCoreElements(Set.of(ref(element)));
        draft.setStatus(TrialActionStatus.IN_PROGRESS);
        draft = trialActions.create(workspace.getId(), draft);
        draft.setStatus(TrialActionStatus.COMPLETED);
        draft = trialActions.update(draft);
        draft.setStatus(TrialActionStatus.EVALUATED);
        draft.setOutcome("Det gik");
        draft.setLearning("Læring fra " + title);
        draft.setDecision(TrialDecision.KEEP);
        draft.setNextStep("Fortsæt");
        return trialActions.update(draft);
    }

    public static CoreElementRef ref(CoreElement element) {
        return new CoreElementRef(element.getId(), element.getName(), element.getDescription());
    }
}
