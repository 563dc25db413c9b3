package dk.modningsportal;

import dk.modningsportal.base.DanishTime;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.note.NoteInput;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.security.UserAccount;
import dk.modningsportal.security.UserDirectory.Person;
import dk.modningsportal.trialaction.TrialActionInput;
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

    // Looked up when used: a module test that boots without notes (or trial actions) still has this fixture.
    private final org.springframework.beans.factory.ObjectProvider<NoteService> notes;
    private final org.springframework.beans.factory.ObjectProvider<TrialActionService> trialActions;

    MaturationFixture(org.springframework.beans.factory.ObjectProvider<NoteService> notes,
            org.springframework.beans.factory.ObjectProvider<TrialActionService> trialActions) {
        this.notes = notes;
        this.trialActions = trialActions;
    }

    public NoteInput note(Consumer<UserAccount> loginAs, UserAccount author, Workspace workspace, String text,
            NoteKind kind, CoreElement element) {
        loginAs.accept(author);
        return notes.getObject().capture(workspace.getId(), text, kind, ref(element));
    }

    public TrialActionInput evaluatedTrialAction(Consumer<UserAccount> loginAs, UserAccount author,
            Workspace workspace, String title, CoreElement element) {
        loginAs.accept(author);
        TrialActionService trialActions = this.trialActions.getObject();
        TrialActionInput input = trialActions.emptyInput(workspace.getId());
        input.setTitle(title);
        input.setGoal("Mål for " + title);
        input.setPlannedActivity("Aktivitet");
        input.setResponsible(new Person(author.getId(), author.getDisplayName(), author.getOrganisationId()));
        input.setStartDate(LocalDate.now(clock).minusWeeks(6));
        input.setEndDate(LocalDate.now(clock).minusWeeks(1));
        input.setCoreElements(Set.of(ref(element)));
        input.setStatus(TrialActionStatus.IN_PROGRESS);
        input = trialActions.create(workspace.getId(), input);
        input.setStatus(TrialActionStatus.COMPLETED);
        input = trialActions.update(input);
        input.setStatus(TrialActionStatus.EVALUATED);
        input.setOutcome("Det gik");
        input.setLearning("Læring fra " + title);
        input.setDecision(TrialDecision.KEEP);
        input.setNextStep("Fortsæt");
        return trialActions.update(input);
    }

    public static CoreElementRef ref(CoreElement element) {
        return element == null ? null : new CoreElementRef(element.getId(), element.getName(), element.getDescription());
    }
}
