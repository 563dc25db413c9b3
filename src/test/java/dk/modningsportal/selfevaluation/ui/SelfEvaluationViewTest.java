package dk.modningsportal.selfevaluation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.MaturationFixture;
import dk.modningsportal.evaluation.StaffRole;
import dk.modningsportal.evaluation.TimeAndCostService;
import dk.modningsportal.evaluation.TimeCategory;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.project.WorkspaceRoutes;
import dk.modningsportal.selfevaluation.AnswerKey;
import dk.modningsportal.selfevaluation.ImplementationStatus;
import dk.modningsportal.selfevaluation.Quarter;
import dk.modningsportal.selfevaluation.SelfEvaluation;
import dk.modningsportal.selfevaluation.SelfEvaluationRoutes;
import dk.modningsportal.selfevaluation.SelfEvaluationService;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The project leader fills in the quarter's form answer by answer, submits it, and it stays as submitted. */
class SelfEvaluationViewTest extends KaribuTest {

    @Autowired
    SelfEvaluationService service;

    @SuppressWarnings("unchecked")
    private static <V> HasValue<?, V> field(SelfEvaluationView view, AnswerKey name) {
        return (HasValue<?, V>) view.fields.get(name);
    }

    @Autowired
    TimeAndCostService time;
    @Autowired
    MaturationFixture fixture;

    @Test
    void the_form_shows_the_quarters_own_work_beside_the_answers_and_the_hours_from_the_time_sheets() {
        fixture.note(this::loginAs, world.memberA, world.workspaceA, "Forældrene kom til mødet", NoteKind.WORKS_WELL,
                world.p1Cooperation);
        loginAs(world.projectLeaderA);
        time.save(world.workspaceA.getId(), LocalDate.now(clock), java.util.Map.of(StaffRole.PRACTITIONER,
                java.util.Map.of(TimeCategory.TRIAL_ACTIONS, new java.math.BigDecimal("20"))), java.util.Map.of(), -1);

        openAs(world.projectLeaderA, SelfEvaluationRoutes.selfEvaluation(world.workspaceA.getId()));
        SelfEvaluationView view = _get(SelfEvaluationView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("I kvartalet: erfaringer: 1 virker godt")
                .contains("Prøvehandlinger og praksis: 20 timer")
                .contains("I alt i kvartalet: 20 timer");
        assertThat(view.fields.keySet()).as("no hours to answer twice").noneMatch(k -> k.fieldName().startsWith("hours"));
    }

    @Test
    void a_quarter_whose_only_work_is_a_note_about_no_core_element_opens_its_form() {
        fixture.note(this::loginAs, world.memberA, world.workspaceA, "Om rammerne for mødet", NoteKind.HINDERS, null);
        openAs(world.projectLeaderA, SelfEvaluationRoutes.selfEvaluation(world.workspaceA.getId()));
        assertThat(_get(SelfEvaluationView.class).fields).as("the form, not the error page").isNotEmpty();
    }

    @Test
    void the_project_leader_fills_in_and_submits_the_quarter_and_the_form_becomes_read_only() {
        Quarter current = Quarter.of(LocalDate.now(clock));
        openAs(world.projectLeaderA, SelfEvaluationRoutes.selfEvaluation(world.workspaceA.getId()));
        SelfEvaluationView view = _get(SelfEvaluationView.class);
        assertThat(view.quarter.getValue().quarter()).isEqualTo(current);

        RadioButtonGroup<ImplementationStatus> cooperation = (RadioButtonGroup<ImplementationStatus>) (Object) field(view,
                new AnswerKey.Status(world.p1Cooperation.getId()));
        assertThat(cooperation.getLabel()).isEqualTo("Samarbejde");
        enter(cooperation, ImplementationStatus.MOSTLY);
        enter((TextArea) (Object) field(view, new AnswerKey.Explanation(world.p1Cooperation.getId())),
                "Faste møder med foreningerne");
        enter((RadioButtonGroup<ImplementationStatus>) (Object) field(view,
                new AnswerKey.Status(world.p1Recruitment.getId())), ImplementationStatus.STARTING);
        enter((TextArea) (Object) field(view, AnswerKey.Text.DRIVERS), "En engageret leder");
        enter((TextArea) (Object) field(view, AnswerKey.Text.BARRIERS), "Lange afstande");
        assertThat(view.saved.getText()).startsWith("Gemt ");

        // Saved as typed: another session sees the answers before anything is submitted.
        var stored = service.open(world.workspaceA.getId(), current);
        assertThat(stored.status()).isEqualTo(SelfEvaluation.Status.DRAFT);
        assertThat(stored.drivers()).isEqualTo("En engageret leder");
        assertThat(stored.elements()).extracting(e -> e.explanation()).contains("Faste møder med foreningerne");

        view.submitNow();
        view = _get(SelfEvaluationView.class);
        assertThat(view.quarter.getValue().state()).isEqualTo(SelfEvaluationService.State.SUBMITTED);
        assertThat(view.fields.values()).allMatch(HasValue::isReadOnly);
        assertThat(view.submit.isVisible()).isFalse();
        assertThat(view.correct.isVisible()).isTrue();

        // A correction shows the form again in the same view; submitting it asks once, not once per showing.
        _click(view.correct);
        assertThat(view.submit.isVisible()).isTrue();
        _click(view.submit);
        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        _find(ConfirmDialog.class).forEach(ConfirmDialog::close);

        openAs(world.memberA, WorkspaceRoutes.overview(world.workspaceA.getId()));
        assertThat(_get(dk.modningsportal.activity.ui.ActivityFeed.class).shown().get(0))
                .startsWith("Per A indsendte selvevalueringen " + current.year() + " K" + current.quarter());
    }

    @Test
    void a_missing_answer_is_named_in_the_form_and_nothing_is_submitted() {
        openAs(world.projectLeaderA, SelfEvaluationRoutes.selfEvaluation(world.workspaceA.getId()));
        SelfEvaluationView view = _get(SelfEvaluationView.class);
        enter((TextArea) (Object) field(view, AnswerKey.Text.DRIVERS), "En engageret leder");
        view.submitNow();
        RadioButtonGroup<?> cooperation = (RadioButtonGroup<?>) (Object) field(view,
                new AnswerKey.Status(world.p1Cooperation.getId()));
        assertThat(cooperation.isInvalid()).isTrue();
        assertThat(((TextArea) (Object) field(view, AnswerKey.Text.BARRIERS)).getErrorMessage())
                .isEqualTo("Udfyld feltet.");
        assertThat(service.open(world.workspaceA.getId(), Quarter.of(LocalDate.now(clock))).status())
                .isEqualTo(SelfEvaluation.Status.DRAFT);
    }

    @Test
    void a_consultant_reads_the_form_without_changing_it() {
        openAs(world.consultantP1, SelfEvaluationRoutes.selfEvaluation(world.workspaceA.getId()));
        SelfEvaluationView view = _get(SelfEvaluationView.class);
        assertThat(view.fields.values()).allMatch(HasValue::isReadOnly);
        assertThat(view.submit.isVisible()).isFalse();
    }
}
