package dk.modningsportal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.dashboard.DashboardExport;
import dk.modningsportal.dashboard.DashboardService;
import dk.modningsportal.meeting.MeetingAttendances;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.project.WorkspaceAccess;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An evaluator reads only the projects their organisation evaluates: every read path of another project refuses,
 * the workspace, dashboard and export, the plan and meetings, and each of the evaluation's own.
 */
class EvaluatorScopeTest extends PortalTest {

    @Autowired
    WorkspaceAccess access;
    @Autowired
    DashboardService dashboards;
    @Autowired
    DashboardExport export;
    @Autowired
    PlanService plans;
    @Autowired
    MeetingAttendances attendances;
    @Autowired
    RegistrationService registrations;

    @Autowired
    Measures measureDefinitions;

    @Autowired
    RegistrationFigures registrationFigures;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    CollectionPlanService collection;
    @Autowired
    TimeAndCostService time;
    @Autowired
    EvaluationExport evaluationExport;

    @Test
    void an_evaluator_of_one_project_reaches_nothing_of_another() {
        loginAs(world.evaluator);
        long other = world.p2.getId();
        long otherWorkspace = world.workspaceC.getId();
        List<ThrowingCallable> reads = List.of(
                () -> access.requireReadable(otherWorkspace),
                () -> dashboards.build(other),
                () -> export.fullXlsx(other),
                () -> export.fullCsvZip(other),
                () -> plans.plan(other),
                () -> attendances.byOrganisation(other),
                () -> measureDefinitions.measures(other),
                () -> registrationFigures.series(other, 1),
                () -> registrationFigures.reportingStatus(other),
                () -> registrations.form(otherWorkspace, java.time.LocalDate.now(clock)),
                () -> questionnaires.questionnaires(other),
                () -> questionnaires.responses(other),
                () -> questionnaires.toPassOn(otherWorkspace),
                () -> collection.items(other),
                () -> collection.questions(other),
                () -> collection.matrix(other),
                () -> collection.dueFrom(otherWorkspace),
                () -> time.estimate(other),
                () -> time.rates(other),
                () -> time.sheet(otherWorkspace, java.time.LocalDate.now(clock)),
                () -> evaluationExport.tables(other));
        for (int i = 0; i < reads.size(); i++) {
            assertThatThrownBy(reads.get(i)).as("read path %d", i).isInstanceOf(AccessRefusedException.class);
        }
        assertThat(measureDefinitions.projects()).extracting(Measures.ProjectRef::id).containsExactly(world.p1.getId());
        assertThat(dashboards.projects()).extracting(DashboardService.ProjectRef::id).containsExactly(world.p1.getId());
    }
}
