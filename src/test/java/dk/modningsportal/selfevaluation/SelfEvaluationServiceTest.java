package dk.modningsportal.selfevaluation;

import static dk.modningsportal.selfevaluation.AnswerKey.Text.BARRIERS;
import static dk.modningsportal.selfevaluation.AnswerKey.Text.DRIVERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.selfevaluation.SelfEvaluationOverviews.OverviewRow;
import dk.modningsportal.selfevaluation.SelfEvaluationService.Form;
import dk.modningsportal.selfevaluation.SelfEvaluationService.State;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who writes, who submits, what a submitted form allows, who is late, and the reminder. */
class SelfEvaluationServiceTest extends PortalTest {

    @Autowired
    SelfEvaluationService service;
    @Autowired
    SelfEvaluationOverviews overviews;
    @Autowired
    SelfEvaluationSettings settingsService;
    @Autowired
    SelfEvaluationReminders reminders;
    @Autowired
    NotificationService notifications;

    private Quarter current;
    /** Ended at least three months ago: always past its due date (the test project began six months ago). */
    private Quarter longAgo;

    @org.junit.jupiter.api.BeforeEach
    void quarters() {
        current = Quarter.of(LocalDate.now(clock));
        longAgo = Quarter.of(LocalDate.now(clock).minusMonths(6));
    }

    private Form fillIn(Form form) {
        for (var element : form.elements()) {
            form = service.saveAnswer(form.id(), new AnswerKey.Status(element.coreElementId()), "", ImplementationStatus.PARTLY.name());
        }
        form = service.saveAnswer(form.id(), DRIVERS, "", "Ledelsen bakker op");
        return service.saveAnswer(form.id(), BARRIERS, "", "Transport");
    }

    @Test
    void the_team_writes_the_draft_readers_only_read_and_another_organisation_sees_nothing() {
        loginAs(world.memberA);
        Form draft = service.open(world.workspaceA.getId(), current);
        assertThat(draft.editable()).isTrue();
        assertThat(draft.canSubmit()).as("a team member writes along but does not submit").isFalse();
        service.saveAnswer(draft.id(), DRIVERS, "", "Vi mødes hver uge");

        loginAs(world.consultantP1);
        Form seen = service.open(world.workspaceA.getId(), current);
        assertThat(seen.editable()).isFalse();
        assertThat(seen.drivers()).isEqualTo("Vi mødes hver uge");
        assertThatThrownBy(() -> service.saveAnswer(draft.id(), DRIVERS, "", "Konsulentens ord"))
                .isInstanceOf(AccessRefusedException.class);

        loginAs(world.memberB);
        assertThatThrownBy(() -> service.open(world.workspaceA.getId(), current)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> service.saveAnswer(draft.id(), DRIVERS, "", "Indblanding"))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void an_answer_a_colleague_changed_meanwhile_is_not_overwritten() {
        loginAs(world.memberA);
        Form mine = service.open(world.workspaceA.getId(), current);
        loginAs(world.projectLeaderA);
        Form his = service.open(world.workspaceA.getId(), current);
        service.saveAnswer(his.id(), DRIVERS, "", "Per: fælles møder");

        loginAs(world.memberA);
        assertThatThrownBy(() -> service.saveAnswer(mine.id(), DRIVERS, "", "Anna: nøglepersoner"))
                .isInstanceOfSatisfying(FieldConflictException.class, conflict -> {
                    assertThat(conflict.getStoredValue()).isEqualTo("Per: fælles møder");
                    assertThat(conflict.getChangedBy()).isEqualTo("Per A");
                });
        assertThat(service.saveAnswer(mine.id(), DRIVERS, "Per: fælles møder", "Anna: nøglepersoner").drivers())
                .as("having seen his answer, she may replace it").isEqualTo("Anna: nøglepersoner");
        assertThat(service.saveAnswer(mine.id(), BARRIERS, "", "Tid").drivers()).isEqualTo("Anna: nøglepersoner");
    }

    @Test
    void the_project_leader_submits_a_complete_form_which_is_then_read_only_and_corrected_as_a_new_revision() {
        loginAs(world.projectLeaderA);
        Form draft = service.open(world.workspaceA.getId(), current);
        assertThatThrownBy(() -> service.submit(draft.id(), draft.version()))
                .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(
                        invalid.getFieldMessageKeys()).containsKeys(DRIVERS.fieldName(), BARRIERS.fieldName(),
                        new AnswerKey.Status(world.p1Cooperation.getId()).fieldName(),
                        new AnswerKey.Status(world.p1Recruitment.getId()).fieldName()));
        Form filled = fillIn(draft);

        loginAs(world.memberA);
        assertThatThrownBy(() -> service.submit(filled.id(), filled.version())).isInstanceOf(AccessRefusedException.class);

        loginAs(world.projectLeaderA);
        Form submitted = service.submit(filled.id(), filled.version());
        assertThat(submitted.status()).isEqualTo(SelfEvaluation.Status.SUBMITTED);
        assertThat(submitted.editable()).isFalse();
        assertThat(submitted.submittedByName()).isEqualTo("Per A");
        assertThatThrownBy(() -> service.saveAnswer(submitted.id(), DRIVERS, "Ledelsen bakker op", "Ændret bagefter"))
                .isInstanceOf(ValidationFailedException.class);

        Form correction = service.correct(submitted.id());
        assertThat(correction.revision()).isEqualTo(2);
        assertThat(correction.status()).isEqualTo(SelfEvaluation.Status.DRAFT);
        assertThat(correction.drivers()).isEqualTo("Ledelsen bakker op");
        service.saveAnswer(correction.id(), DRIVERS, "Ledelsen bakker op", "Ledelsen og teamet bakker op");
        assertThat(service.quarters(world.workspaceA.getId()).get(0).state())
                .as("a correction is a draft, and never makes the quarter late").isEqualTo(State.DRAFT);
    }

    @Test
    void a_quarter_past_its_due_date_without_a_submitted_form_is_late_for_the_consultant_and_on_the_dashboard() {
        loginAs(world.projectLeaderA);
        assertThat(service.quarters(world.workspaceA.getId())).filteredOn(q -> q.quarter().equals(longAgo))
                .extracting(SelfEvaluationService.QuarterState::state).containsExactly(State.LATE);
        Form old = fillIn(service.open(world.workspaceA.getId(), longAgo));
        service.submit(old.id(), old.version());

        loginAs(world.consultantP1);
        assertThat(overviews.overview(world.p1.getId(), longAgo).rows())
                .extracting(OverviewRow::organisation, OverviewRow::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kommune A", State.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple("Kommune B", State.LATE));
        assertThat(overviews.overview(world.p1.getId(), longAgo).rows().get(0).statusByElement())
                .containsEntry(world.p1Cooperation.getId(), ImplementationStatus.PARTLY);
        var latest = overviews.latest(world.p1.getId(), java.util.List.of(world.workspaceA.getId(), world.workspaceB.getId()));
        assertThat(latest.get(world.workspaceA.getId()).quarter()).isEqualTo(longAgo);
        assertThat(latest.get(world.workspaceB.getId()).quarter()).isNull();
        assertThat(latest.get(world.workspaceB.getId()).late()).isTrue();

        loginAs(world.leaderA);
        assertThatThrownBy(() -> overviews.overview(world.p1.getId(), longAgo)).isInstanceOf(AccessRefusedException.class);
        loginAs(world.consultantP2);
        assertThatThrownBy(() -> overviews.overview(world.p1.getId(), longAgo)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_week_before_the_due_date_the_project_leader_is_reminded_once() {
        // The consultants set the due date so that last quarter's form is due in three days.
        Quarter last = Quarter.of(LocalDate.now(clock).minusMonths(3));
        loginAs(world.consultantP1);
        settingsService.saveProjectSettings(world.p1.getId(),
                (int) ChronoUnit.DAYS.between(last.lastDay(), LocalDate.now(clock).plusDays(3)), java.util.Map.of());
        world.em.flush();

        assertThat(reminders.remind()).as("Per A of Kommune A; Kommune B has no project leader").isEqualTo(1);
        assertThat(reminders.remind()).isZero();
        loginAs(world.projectLeaderA);
        assertThat(notifications.latest(10)).extracting(n -> n.kind(), n -> n.link())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.SELF_EVALUATION_DUE,
                        "workspace/" + world.workspaceA.getId() + "/self-evaluation?quarter=" + last.key()));
    }

    @Test
    void the_projects_consultant_sets_the_due_date_and_the_expected_hours_that_the_form_compares_with() {
        loginAs(world.projectLeaderA);
        assertThatThrownBy(() -> settingsService.saveProjectSettings(world.p1.getId(), 30, java.util.Map.of()))
                .isInstanceOf(AccessRefusedException.class);

        loginAs(world.consultantP1);
        assertThatThrownBy(() -> settingsService.saveProjectSettings(world.p1.getId(), 200, java.util.Map.of()))
                .isInstanceOf(ValidationFailedException.class);
        var hours = new java.util.EnumMap<dk.modningsportal.organisation.OrganisationKind, Integer>(
                dk.modningsportal.organisation.OrganisationKind.class);
        hours.put(dk.modningsportal.organisation.OrganisationKind.MUNICIPALITY, 210);
        hours.put(dk.modningsportal.organisation.OrganisationKind.ASSOCIATION, 125);
        var settings = settingsService.saveProjectSettings(world.p1.getId(), 30, hours);
        assertThat(settings.dueDays()).isEqualTo(30);
        assertThat(settings.expectedHours()).containsEntry(dk.modningsportal.organisation.OrganisationKind.MUNICIPALITY, 210);

        loginAs(world.projectLeaderA);
        Form form = service.open(world.workspaceA.getId(), current);
        assertThat(form.expectedHours()).as("Kommune A is a municipality").isEqualTo(210);
        assertThat(form.due()).isEqualTo(current.lastDay().plusDays(30));
    }
}
