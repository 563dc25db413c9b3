package dk.modningsportal.evaluation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.IntegerField;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.evaluation.CollectionKind;
import dk.modningsportal.evaluation.CostKind;
import dk.modningsportal.evaluation.EvaluationRoutes;
import dk.modningsportal.evaluation.MeasurePreset;
import dk.modningsportal.evaluation.Measures.MeasureRow;
import dk.modningsportal.evaluation.Measures;
import dk.modningsportal.evaluation.QuestionnaireService;
import dk.modningsportal.evaluation.RegistrationService;
import dk.modningsportal.evaluation.ReportingPeriod;
import dk.modningsportal.evaluation.Respondents;
import dk.modningsportal.evaluation.Rhythm;
import dk.modningsportal.evaluation.StaffRole;
import dk.modningsportal.evaluation.TimeCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The evaluator sets the evaluation up, the project leader reports into it, and what each sees. */
class EvaluationViewsTest extends KaribuTest {

    @Autowired
    RegistrationService registrations;


    @Autowired

    Measures measureDefinitions;
    @Autowired
    QuestionnaireService questionnaires;

    private LocalDate lastMonth() {
        return ReportingPeriod.MONTH.startOf(LocalDate.now(clock)).minusMonths(1);
    }

    private String lastMonthParameter() {
        return "?month=" + lastMonth().toString().substring(0, 7);
    }

    @Test
    void the_evaluator_adds_measures_from_presets_and_a_questionnaire_and_a_bad_address_is_told_in_the_form() {
        openAs(world.evaluator, "evaluation");
        ProjectEvaluationView view = _get(ProjectEvaluationView.class);
        assertThat(view.project.getListDataView().getItems()).extracting(Measures.ProjectRef::name)
                .as("only the project VIVE's test twin evaluates").containsExactly("Projekt Et");
        MeasuresPanel measures = view.measures;
        enter(measures.preset, MeasurePreset.PARTICIPANTS_DROPPED_OUT);
        enter(measures.presetGroup, "Unge");
        _click(measures.addPreset);
        expectNotifications("Registreringerne er gemt.");
        assertThat(GridKt._size(view.measures.grid)).as("enrolled came along").isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.measures.grid, 1)).contains("Deltagere faldet fra", "Unge",
                "Højst Deltagere indskrevet i alt");

        QuestionnairesPanel panel = view.questionnaires;
        enter(panel.title, "Fagpersonsskema om implementering");
        enter(panel.respondents, Respondents.PROFESSIONALS);
        enter(panel.address, "www.survey-xact.dk/abc");
        enter(panel.opensOn, LocalDate.now(clock));
        enter(panel.closesOn, LocalDate.now(clock).plusDays(30));
        _click(panel.add);
        assertThat(panel.address.isInvalid()).isTrue();
        assertThat(panel.address.getErrorMessage()).isEqualTo("Skriv en webadresse, der begynder med https://.");
        assertThat(panel.title.getValue()).as("nothing typed is lost").isEqualTo("Fagpersonsskema om implementering");
        enter(panel.address, "https://www.survey-xact.dk/LinkCollector?key=ABC");
        _click(panel.add);
        assertThat(GridKt._size(panel.grid)).isEqualTo(1);
        assertThat(GridKt._size(panel.responses)).as("a row per organisation").isEqualTo(2);
    }

    @Test
    void the_project_leader_reports_a_month_and_a_refused_count_is_marked_in_its_field() {
        loginAs(world.evaluator);
        long completed = measureDefinitions.defineFromPreset(world.p1.getId(), MeasurePreset.PARTICIPANTS_COMPLETED, null, null);
        long enrolled = measureDefinitions.measures(world.p1.getId()).stream().filter(m -> m.id() != completed)
                .mapToLong(MeasureRow::id).findFirst().orElseThrow();

        openAs(world.projectLeaderA, EvaluationRoutes.evaluation(world.workspaceA.getId()) + lastMonthParameter());
        WorkspaceEvaluationView view = _get(WorkspaceEvaluationView.class);
        assertThat(view.month.getValue()).isEqualTo(lastMonth());
        IntegerField enrolledField = view.counts.get(enrolled);
        IntegerField completedField = view.counts.get(completed);
        assertThat(enrolledField.getLabel()).isEqualTo("Deltagere indskrevet");
        enter(enrolledField, -1);
        _click(view.save);
        assertThat(enrolledField.getErrorMessage()).isEqualTo("Skriv et antal på 0 eller derover.");
        enter(enrolledField, 4);
        enter(completedField, 5);
        _click(view.save);
        assertThat(completedField.isInvalid()).isTrue();
        assertThat(completedField.getErrorMessage()).startsWith("Til og med denne periode bliver det flere");
        assertThat(completedField.getValue()).as("what was typed stays").isEqualTo(5);
        enter(completedField, 3);
        _click(view.save);
        view = _get(WorkspaceEvaluationView.class);
        assertThat(view.counts.get(enrolled).getValue()).isEqualTo(4);
        assertThat(view.counts.get(enrolled).getHelperText()).contains("indberettet af Per A");

        openAs(world.consultantP1, EvaluationRoutes.evaluation(world.workspaceA.getId()) + lastMonthParameter());
        view = _get(WorkspaceEvaluationView.class);
        assertThat(view.counts.get(enrolled).getValue()).as("a small count is hidden from the consultant").isNull();
        assertThat(view.counts.get(enrolled).getPlaceholder()).isEqualTo("< 5");
        assertThat(view.counts.get(enrolled).isReadOnly()).isTrue();
        assertThat(view.save.isAttached()).isFalse();
    }

    @Test
    void an_organisation_sees_the_questionnaires_to_pass_on_with_link_and_qr_code() {
        loginAs(world.evaluator);
        long id = questionnaires.define(world.p1.getId(), new QuestionnaireService.QuestionnaireInput("Forældreskema",
                Respondents.PARENTS, "https://redcap.example.dk/surveys/?s=XYZ", LocalDate.now(clock).minusDays(1),
                LocalDate.now(clock).plusDays(20)));
        questionnaires.recordResponses(id, world.workspaceA.getId(), 8, 6, null);

        openAs(world.memberA, EvaluationRoutes.evaluation(world.workspaceA.getId()));
        WorkspaceEvaluationView view = _get(WorkspaceEvaluationView.class);
        assertThat(_find(view.questionnaires, Anchor.class)).extracting(Anchor::getHref)
                .contains("https://redcap.example.dk/surveys/?s=XYZ");
        assertThat(_find(view.questionnaires, Image.class)).extracting(Image::getAlt)
                .containsExactly(java.util.Optional.of("QR-kode til spørgeskemaet Forældreskema"));
        assertThat(view.questionnaires.getElement().getTextRecursively()).contains("Svar fra jer: 6 af 8 (75 %)");
    }

    @Test
    void the_evaluator_adds_a_line_to_the_plan_and_the_project_leader_marks_it_delivered_in_the_workspace() {
        openAs(world.evaluator, "evaluation");
        CollectionPlanPanel plan = _get(ProjectEvaluationView.class).collectionPlan;
        enter(plan.question, "Hvordan opleves indsatsen af forældrene?");
        _click(plan.addQuestion);
        enter(plan.kind, CollectionKind.DOCUMENTS);
        enter(plan.title, "Lokal projektbeskrivelse");
        enter(plan.rhythm, Rhythm.ONCE);
        enter(plan.firstDay, LocalDate.now(clock).plusDays(10));
        _click(plan.addItem);
        plan = _get(ProjectEvaluationView.class).collectionPlan;
        assertThat(GridKt._size(plan.items)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(plan.matrix, 0)).contains("Snart");
        assertThat(plan.getElement().getTextRecursively()).contains("Hvordan opleves indsatsen af forældrene?");

        openAs(world.projectLeaderA, EvaluationRoutes.evaluation(world.workspaceA.getId()));
        WorkspaceEvaluationView view = _get(WorkspaceEvaluationView.class);
        assertThat(view.due.getElement().getTextRecursively()).contains("Snart", "Lokal projektbeskrivelse");
        _click(_find(view.due, Button.class).stream().filter(b -> b.getText().equals("Markér som leveret"))
                .findFirst().orElseThrow());
        assertThat(view.due.getElement().getTextRecursively()).contains("Leveret", "markeret af Per A");
    }

    @Test
    void the_project_leader_enters_a_months_hours_and_a_refused_figure_is_marked_in_its_cell() {
        loginAs(world.evaluator);
        measureDefinitions.defineFromPreset(world.p1.getId(), MeasurePreset.COURSES_STARTED, null, null);
        openAs(world.projectLeaderA, EvaluationRoutes.evaluation(world.workspaceA.getId()) + lastMonthParameter());
        TimeSheetForm sheet = _get(WorkspaceEvaluationView.class).timeSheet;
        var cell = sheet.hours.get(StaffRole.PRACTITIONER).get(TimeCategory.TRIAL_ACTIONS);
        enter(cell, new BigDecimal("-4"));
        _click(sheet.save);
        assertThat(cell.isInvalid()).isTrue();
        assertThat(cell.getErrorMessage()).isEqualTo("Skriv et antal timer mellem 0 og 744.");
        expectNotifications("Ret de markerede felter. Intet af det, du har skrevet, er gået tabt.");
        enter(cell, new BigDecimal("12.5"));
        enter(sheet.costs.get(CostKind.TRANSPORT), new BigDecimal("240"));
        _click(sheet.save);
        expectNotifications("Tid og udgifter er gemt.");
        openAs(world.consultantP1, EvaluationRoutes.evaluation(world.workspaceA.getId()) + lastMonthParameter());
        sheet = _get(WorkspaceEvaluationView.class).timeSheet;
        assertThat(sheet.hours.get(StaffRole.PRACTITIONER).get(TimeCategory.TRIAL_ACTIONS).getValue())
                .isEqualByComparingTo("12.5");
        assertThat(sheet.save.isAttached()).as("the consultant reads").isFalse();
    }

    @Test
    void a_team_member_cannot_open_the_projects_evaluation_page() {
        assertThatThrownBy(() -> openAs(world.memberA, "evaluation")).isInstanceOf(MockAccessDeniedException.class);
    }
}
