package dk.modningsportal.trialaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.intervention.CoreElement;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.security.UserAccount;
import dk.modningsportal.security.UserDirectory.Person;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class TrialActionServiceTest extends PortalTest {

    @Autowired
    TrialActionService service;

    /** A valid new trial action in organisation B's workspace, written by B's team member. */
    private TrialActionInput trialActionOfB() {
        loginAs(world.memberB);
        TrialActionInput input = fill(service.emptyInput(world.workspaceB.getId()), world.memberB, world.p1Cooperation);
        return service.create(world.workspaceB.getId(), input);
    }

    private TrialActionInput fill(TrialActionInput input, UserAccount responsible, CoreElement element) {
        input.setTitle("Fælles sagsgennemgang");
        input.setGoal("At PPR og fritid taler sammen");
        input.setPlannedActivity("Månedligt møde");
        input.setResponsible(new Person(responsible.getId(), responsible.getDisplayName(),
                responsible.getOrganisationId()));
        input.setStartDate(LocalDate.of(2026, 9, 1));
        input.setEndDate(LocalDate.of(2026, 10, 1));
        input.setCoreElements(Set.of(new CoreElementRef(element.getId(), element.getName(), null)));
        return input;
    }

    @Test
    void new_trial_action_defaults_to_the_version_in_trial_and_the_current_user() {
        loginAs(world.memberA);
        TrialActionInput input = service.emptyInput(world.workspaceA.getId());
        assertThat(input.getInterventionVersion().label()).isEqualTo("2.0");
        assertThat(input.getResponsible().id()).isEqualTo(world.memberA.getId());
        assertThat(input.getStatus()).isEqualTo(TrialActionStatus.PLANNED);
    }

    @Test
    void member_of_another_organisation_cannot_read_list_change_or_delete_it_by_any_id() {
        TrialActionInput ofB = trialActionOfB();
        long workspaceB = world.workspaceB.getId();

        loginAs(world.memberA);
        assertThatThrownBy(() -> service.load(ofB.getId())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> service.list(workspaceB, TrialActionFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> service.count(workspaceB, TrialActionFilter.none()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> service.countByStatus(workspaceB)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> service.references(workspaceB)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> service.emptyInput(workspaceB)).isInstanceOf(AccessRefusedException.class);
        ofB.setTitle("Overtaget");
        assertThatThrownBy(() -> service.update(ofB)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> service.delete(ofB.getId(), ofB.getVersion())).isInstanceOf(AccessRefusedException.class);
        TrialActionInput intoB = fill(new TrialActionInput(), world.memberA, world.p1Cooperation);
        intoB.setInterventionVersion(new VersionRef(world.p1v2.getId(), "2.0", world.p1v2.getStatus()));
        assertThatThrownBy(() -> service.create(workspaceB, intoB)).isInstanceOf(AccessRefusedException.class);

        loginAs(world.memberB);
        assertThat(service.load(ofB.getId()).getTitle()).isEqualTo("Fælles sagsgennemgang");
    }

    @Test
    void consultant_reads_the_served_projects_trial_actions_but_cannot_change_them() {
        TrialActionInput ofB = trialActionOfB();
        loginAs(world.consultantP1);
        assertThat(service.load(ofB.getId()).getTitle()).isEqualTo("Fælles sagsgennemgang");
        assertThat(service.count(world.workspaceB.getId(), TrialActionFilter.none())).isEqualTo(1);
        TrialActionInput loaded = service.load(ofB.getId());
        loaded.setTitle("Konsulentens titel");
        assertThatThrownBy(() -> service.update(loaded)).isInstanceOf(AccessRefusedException.class);

        loginAs(world.consultantP2);
        assertThatThrownBy(() -> service.load(ofB.getId())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void unknown_id_is_refused_with_the_same_message_as_a_foreign_one() {
        TrialActionInput ofB = trialActionOfB();
        loginAs(world.memberA);
        String foreign = messageKey(() -> service.load(ofB.getId()));
        String unknown = messageKey(() -> service.load(987_654L));
        assertThat(unknown).isEqualTo(foreign).isEqualTo("error.trialActionRefused");
    }

    @Test
    void core_elements_versions_and_responsible_people_must_belong_to_the_workspace() {
        loginAs(world.memberA);
        TrialActionInput foreignElement = fill(service.emptyInput(world.workspaceA.getId()), world.memberA, world.p2Housing);
        assertThat(fieldErrors(() -> service.create(world.workspaceA.getId(), foreignElement)))
                .containsKey(TrialActionInput.CORE_ELEMENTS);

        TrialActionInput foreignPerson = fill(service.emptyInput(world.workspaceA.getId()), world.memberB, world.p1Cooperation);
        assertThat(fieldErrors(() -> service.create(world.workspaceA.getId(), foreignPerson)))
                .containsEntry(TrialActionInput.RESPONSIBLE, "validation.responsibleOutsideTeam");
    }

    @Test
    void required_fields_end_date_and_cpr_numbers_are_checked_by_the_service() {
        loginAs(world.memberA);
        TrialActionInput empty = service.emptyInput(world.workspaceA.getId());
        assertThat(fieldErrors(() -> service.create(world.workspaceA.getId(), empty)))
                .containsKeys(TrialActionInput.TITLE, TrialActionInput.GOAL, TrialActionInput.PLANNED_ACTIVITY,
                        TrialActionInput.END_DATE, TrialActionInput.CORE_ELEMENTS);

        TrialActionInput backwards = fill(service.emptyInput(world.workspaceA.getId()), world.memberA, world.p1Cooperation);
        backwards.setEndDate(backwards.getStartDate().minusDays(1));
        assertThat(fieldErrors(() -> service.create(world.workspaceA.getId(), backwards)))
                .containsEntry(TrialActionInput.END_DATE, "validation.endBeforeStart");

        TrialActionInput withCpr = fill(service.emptyInput(world.workspaceA.getId()), world.memberA, world.p1Cooperation);
        withCpr.setGoal("Hjælpe borgeren 010203-1234 i gang");
        assertThat(fieldErrors(() -> service.create(world.workspaceA.getId(), withCpr)))
                .containsEntry(TrialActionInput.GOAL, "validation.cpr");
        assertThat(service.count(world.workspaceA.getId(), TrialActionFilter.none())).isZero();
    }

    @Test
    void status_moves_one_step_at_a_time_and_evaluation_needs_learning_and_decision() {
        loginAs(world.memberA);
        TrialActionInput input = service.create(world.workspaceA.getId(),
                fill(service.emptyInput(world.workspaceA.getId()), world.memberA, world.p1Cooperation));
        input.setStatus(TrialActionStatus.COMPLETED);
        TrialActionInput skipping = input;
        assertThat(fieldErrors(() -> service.update(skipping))).containsEntry(TrialActionInput.STATUS, "validation.statusStep");

        input.setStatus(TrialActionStatus.IN_PROGRESS);
        input = service.update(input);
        input.setStatus(TrialActionStatus.COMPLETED);
        input = service.update(input);
        input.setStatus(TrialActionStatus.EVALUATED);
        TrialActionInput unevaluated = input;
        assertThat(fieldErrors(() -> service.update(unevaluated)))
                .containsKeys(TrialActionInput.OUTCOME, TrialActionInput.LEARNING, TrialActionInput.DECISION,
                        TrialActionInput.NEXT_STEP);

        input.setOutcome("Fem familier kom");
        input.setLearning("Eftermiddage virker");
        input.setNextStep("Fast tidspunkt");
        input.setDecision(TrialDecision.ADJUST);
        TrialActionInput noAdaptation = input;
        assertThat(fieldErrors(() -> service.update(noAdaptation)))
                .containsKeys(TrialActionInput.ADAPTATION_PLANNING, TrialActionInput.ADAPTATION_DECIDED_BY,
                        TrialActionInput.ADAPTATION_WHAT, TrialActionInput.ADAPTATION_FIDELITY,
                        TrialActionInput.ADAPTATION_REASON);

        input.setAdaptationPlanning(AdaptationPlanning.UNPLANNED);
        input.setAdaptationDecidedBy(AdaptationDecider.IMPLEMENTATION_TEAM);
        input.setAdaptationWhat("Mødet flyttet til eftermiddag");
        input.setAdaptationFidelity(FidelityConsistency.CONSISTENT);
        input.setAdaptationReason("Forældrene arbejder om formiddagen");
        TrialActionInput evaluated = service.update(input);

        TrialActionInput reloaded = service.load(evaluated.getId());
        assertThat(reloaded.getStatus()).isEqualTo(TrialActionStatus.EVALUATED);
        assertThat(reloaded.getDecision()).isEqualTo(TrialDecision.ADJUST);
        assertThat(reloaded.getAdaptationFidelity()).isEqualTo(FidelityConsistency.CONSISTENT);
        assertThat(reloaded.getAdaptationWhat()).isEqualTo("Mødet flyttet til eftermiddag");
    }

    @Test
    void second_save_from_a_stale_copy_is_refused_as_a_conflict_and_not_applied() {
        loginAs(world.memberA);
        TrialActionInput created = service.create(world.workspaceA.getId(),
                fill(service.emptyInput(world.workspaceA.getId()), world.memberA, world.p1Cooperation));
        TrialActionInput mine = service.load(created.getId());
        TrialActionInput theirs = service.load(created.getId());
        theirs.setTitle("Deres titel");
        service.update(theirs);
        mine.setTitle("Min titel");
        assertThatThrownBy(() -> service.update(mine)).isInstanceOf(ConcurrentEditException.class)
                .extracting(e -> ((ConcurrentEditException) e).getChangedBy()).isEqualTo("Anna A");
        assertThat(service.load(created.getId()).getTitle()).isEqualTo("Deres titel");
        assertThatThrownBy(() -> service.delete(created.getId(), created.getVersion()))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void list_filters_by_status_core_element_version_responsible_and_search() {
        loginAs(world.memberA);
        long ws = world.workspaceA.getId();
        TrialActionInput first = fill(service.emptyInput(ws), world.memberA, world.p1Cooperation);
        first.setTitle("Forældrecafé i klubhuset");
        service.create(ws, first);
        TrialActionInput second = fill(service.emptyInput(ws), world.projectLeaderA, world.p1Recruitment);
        second.setTitle("Invitation via skolen");
        second.setStatus(TrialActionStatus.IN_PROGRESS);
        service.create(ws, second);

        assertThat(service.count(ws, TrialActionFilter.none())).isEqualTo(2);
        assertThat(titles(new TrialActionFilter(TrialActionStatus.IN_PROGRESS, null, null, null, null)))
                .containsExactly("Invitation via skolen");
        assertThat(titles(new TrialActionFilter(null, world.p1Cooperation.getId(), null, null, null)))
                .containsExactly("Forældrecafé i klubhuset");
        assertThat(titles(new TrialActionFilter(null, null, null, world.projectLeaderA.getId(), null)))
                .containsExactly("Invitation via skolen");
        assertThat(titles(new TrialActionFilter(null, null, world.p1v1.getId(), null, null))).isEmpty();
        assertThat(titles(new TrialActionFilter(null, null, null, null, "CAFÉ"))).containsExactly("Forældrecafé i klubhuset");
        assertThat(titles(new TrialActionFilter(null, null, null, null, "100%"))).isEmpty();
    }

    private java.util.List<String> titles(TrialActionFilter filter) {
        return service.list(world.workspaceA.getId(), filter, PageRequest.of(0, 50)).stream()
                .map(TrialActionRow::title).toList();
    }

    private static java.util.Map<String, String> fieldErrors(Runnable call) {
        try {
            call.run();
        } catch (ValidationFailedException e) {
            return e.getFieldMessageKeys();
        }
        throw new AssertionError("Expected the service to refuse the input");
    }

    private static String messageKey(Runnable call) {
        try {
            call.run();
        } catch (AccessRefusedException e) {
            return e.getMessageKey();
        }
        throw new AssertionError("Expected a refusal");
    }
}
