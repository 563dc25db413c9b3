package dk.modningsportal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.note.NoteInput;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.security.UserDirectory.Person;
import dk.modningsportal.trialaction.TrialActionInput;
import dk.modningsportal.trialaction.TrialActionService;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What free text and dates may hold, checked through real services. */
class TextRulesTest extends PortalTest {

    @Autowired
    NoteService notes;
    @Autowired
    TrialActionService trialActions;

    @Test
    void control_characters_and_bidirectional_overrides_never_reach_the_database() {
        loginAs(world.memberA);
        NoteInput saved = notes.capture(world.workspaceA.getId(), "Forældre\u0000 kom\u001B[31m \u202Eigen\u202C",
                NoteKind.WORKS_WELL, null);
        world.em.flush();
        world.em.clear();
        assertThat(notes.load(saved.getId()).getSummary()).isEqualTo("Forældre kom[31m igen");
    }

    @Test
    void a_title_of_only_invisible_characters_is_empty_and_a_date_outside_reason_is_refused() {
        loginAs(world.memberA);
        TrialActionInput input = trialActions.emptyInput(world.workspaceA.getId());
        input.setTitle("\u200B\u00A0\u2060 ");
        input.setGoal("Mål");
        input.setPlannedActivity("Aktivitet");
        input.setResponsible(new Person(world.memberA.getId(), world.memberA.getDisplayName(), world.orgA.getId()));
        input.setStartDate(LocalDate.of(202, 9, 1));
        input.setEndDate(LocalDate.of(20266, 10, 1));
        input.setCoreElements(Set.of(new CoreElementRef(world.p1Cooperation.getId(), world.p1Cooperation.getName(), null)));
        assertThatThrownBy(() -> trialActions.create(world.workspaceA.getId(), input))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.getFieldMessageKeys())
                        .containsAllEntriesOf(Map.of("title", TextRules.REQUIRED, "startDate", "validation.dateOutOfRange",
                                "endDate", "validation.dateOutOfRange")));
    }
}
