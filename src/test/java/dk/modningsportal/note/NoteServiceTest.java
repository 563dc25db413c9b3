package dk.modningsportal.note;

import dk.modningsportal.base.DanishTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.trialaction.TrialActionInput;
import dk.modningsportal.trialaction.TrialActionService;
import dk.modningsportal.trialaction.TrialActionService.TrialActionRef;
import dk.modningsportal.security.UserDirectory.Person;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class NoteServiceTest extends PortalTest {

    @Autowired
    NoteService notes;

    @Autowired
    TrialActionService trialActions;

    private CoreElementRef cooperation() {
        return new CoreElementRef(world.p1Cooperation.getId(), world.p1Cooperation.getName(), null);
    }

    @Test
    void quick_capture_stores_a_note_in_the_version_in_trial_from_daily_practice() {
        loginAs(world.memberA);
        NoteInput saved = notes.capture(world.workspaceA.getId(), "Forældrene kom om eftermiddagen",
                NoteKind.WORKS_WELL, cooperation());
        NoteInput loaded = notes.load(saved.getId());
        assertThat(loaded.getInterventionVersion().label()).isEqualTo("2.0");
        assertThat(loaded.getSource()).isEqualTo(NoteSource.DAILY_PRACTICE);
        assertThat(loaded.getCoreElement().name()).isEqualTo("Samarbejde");
        assertThat(loaded.getAuthorName()).isEqualTo("Anna A");
    }

    @Test
    void member_of_another_organisation_cannot_read_list_change_or_delete_a_note() {
        loginAs(world.memberB);
        NoteInput ofB = notes.capture(world.workspaceB.getId(), "B's erfaring", NoteKind.HINDERS, null);

        loginAs(world.memberA);
        long workspaceB = world.workspaceB.getId();
        assertThatThrownBy(() -> notes.load(ofB.getId())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> notes.list(workspaceB, NoteFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> notes.count(workspaceB, NoteFilter.none())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> notes.countAll(workspaceB)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> notes.capture(workspaceB, "Indtrængen", NoteKind.QUESTION, null))
                .isInstanceOf(AccessRefusedException.class);
        ofB.setSummary("Ændret af A");
        assertThatThrownBy(() -> notes.update(ofB)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> notes.delete(ofB.getId(), ofB.getVersion())).isInstanceOf(AccessRefusedException.class);

        loginAs(world.memberB);
        assertThat(notes.load(ofB.getId()).getSummary()).isEqualTo("B's erfaring");
    }

    @Test
    void a_note_cannot_link_to_another_workspaces_trial_action() {
        loginAs(world.memberB);
        TrialActionInput input = trialActions.emptyInput(world.workspaceB.getId());
        input.setTitle("B's prøvehandling");
        input.setGoal("Mål");
        input.setPlannedActivity("Aktivitet");
        input.setResponsible(new Person(world.memberB.getId(), "Bo B", world.orgB.getId()));
        input.setEndDate(LocalDate.now(clock).plusDays(10));
        input.setStartDate(LocalDate.now(clock));
        input.setCoreElements(Set.of(cooperation()));
        TrialActionInput ofB = trialActions.create(world.workspaceB.getId(), input);

        loginAs(world.memberA);
        NoteInput note = notes.emptyInput(world.workspaceA.getId());
        note.setSummary("Forsøg på at linke");
        note.setKind(NoteKind.QUESTION);
        note.setTrialAction(new TrialActionRef(ofB.getId(), ofB.getTitle()));
        assertThatThrownBy(() -> notes.create(world.workspaceA.getId(), note)).isInstanceOf(AccessRefusedException.class);
        assertThat(notes.countAll(world.workspaceA.getId())).isZero();
    }

    @Test
    void note_text_with_a_cpr_number_is_refused_and_nothing_is_stored() {
        loginAs(world.memberA);
        assertThatThrownBy(() -> notes.capture(world.workspaceA.getId(), "Mor til 120315-4321 kom", NoteKind.WORKS_WELL, null))
                .isInstanceOf(ValidationFailedException.class)
                .extracting(e -> ((ValidationFailedException) e).getFieldMessageKeys())
                .isEqualTo(java.util.Map.of(NoteInput.SUMMARY, "validation.cpr"));
        assertThat(notes.countAll(world.workspaceA.getId())).isZero();
    }

    @Test
    void consultant_reads_notes_of_served_projects_only_and_cannot_write() {
        loginAs(world.memberA);
        NoteInput ofA = notes.capture(world.workspaceA.getId(), "A's erfaring", NoteKind.WORKS_WELL, null);
        loginAs(world.consultantP1);
        assertThat(notes.load(ofA.getId()).getSummary()).isEqualTo("A's erfaring");
        assertThatThrownBy(() -> notes.capture(world.workspaceA.getId(), "Konsulent", NoteKind.QUESTION, null))
                .isInstanceOf(AccessRefusedException.class);
        loginAs(world.consultantP2);
        assertThatThrownBy(() -> notes.load(ofA.getId())).isInstanceOf(AccessRefusedException.class);
        loginAs(world.evaluator);
        assertThat(notes.count(world.workspaceA.getId(), NoteFilter.none())).isEqualTo(1);
    }
}
