package dk.modningsportal.project.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.intervention.InterventionAuthoring;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.plan.ParticipantGroup;
import dk.modningsportal.plan.PlanActivityKind;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.plan.Timing;
import dk.modningsportal.plan.Venue;
import dk.modningsportal.project.PhasePreset;
import dk.modningsportal.project.ProjectAdministration;
import dk.modningsportal.project.ProjectParticipation.ParticipantRow;
import dk.modningsportal.project.ProjectParticipation;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.UserDirectory.Reader;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator sets a project up in the portal: no database access by hand. */
class ProjectSetupViewsTest extends KaribuTest {

    @Autowired
    ProjectAdministration projects;
    @Autowired
    ProjectParticipation participation;
    @Autowired
    InterventionAuthoring authoring;
    @Autowired
    InterventionCatalog catalog;
    @Autowired
    WorkspaceAccess access;
    @Autowired
    PlanService plans;

    @Test
    void consultant_sets_the_projects_evaluators_and_only_then_their_evaluator_reads_it() {
        loginAs(world.evaluator);
        assertThat(access.canReadProject(world.p2.getId())).isFalse();

        openAs(world.consultantP2, "admin/projects/" + world.p2.getId());
        ProjectSetupView setup = _get(ProjectSetupView.class);
        assertThat(setup.evaluators.getListDataView().getItems()).extracting(o -> o.kind().name())
                .as("only evaluating organisations and Socialstyrelsen are offered").containsOnly("EVALUATOR",
                        "NATIONAL_AGENCY");
        enter(setup.evaluators, Set.of(setup.evaluators.getListDataView().getItems()
                .filter(o -> o.id() == world.research.getId()).findFirst().orElseThrow()));
        _click(setup.saveEvaluators);
        loginAs(world.evaluator);
        assertThat(access.canReadProject(world.p2.getId())).isTrue();

        loginAs(world.consultantP2);
        assertThatThrownBy(() -> projects.setEvaluators(world.p2.getId(), Set.of(world.orgA.getId())))
                .as("a municipality does not evaluate").isInstanceOf(ValidationFailedException.class);
        projects.setEvaluators(world.p2.getId(), Set.of());
        loginAs(world.evaluator);
        assertThat(access.canReadProject(world.p2.getId())).isFalse();
    }

    @Test
    void administrator_creates_a_project_with_phases_and_consultants_and_adds_an_organisation() {
        openAs(world.admin, "admin/projects");
        ProjectsView view = _get(ProjectsView.class);
        int before = GridKt._size(view.grid);
        _click(view.create);
        ProjectsView.CreateDialog dialog = _get(ProjectsView.CreateDialog.class);
        enter(dialog.name, "Projekt Tre");
        enter(dialog.start, LocalDate.of(2027, 1, 1));
        enter(dialog.end, LocalDate.of(2026, 1, 1));
        _click(dialog.save);
        assertThat(dialog.end.getErrorMessage()).isEqualTo("Slutdatoen kan ikke ligge før startdatoen.");
        enter(dialog.end, LocalDate.of(2027, 12, 31));
        enter(dialog.phases, PhasePreset.PREPARE_CHANGE_ANCHOR);
        enter(dialog.consultants, Set.of(consultant(dialog, world.consultantP2.getId())));
        _click(dialog.save);

        ProjectSetupView setup = _get(ProjectSetupView.class);
        assertThat(setup.title.getText()).isEqualTo("Projekt Tre");
        enter(setup.organisation, setup.organisation.getListDataView().getItems()
                .filter(o -> o.id() == world.orgA.getId()).findFirst().orElseThrow());
        enter(setup.consultant, setup.consultant.getListDataView().getItems().findFirst().orElseThrow());
        _click(setup.addOrganisation);
        assertThat(GridKt._size(setup.participants)).isEqualTo(1);
        ParticipantRow row = GridKt._get(setup.participants, 0);
        assertThat(row.organisationName()).isEqualTo("Kommune A");
        assertThat(row.consultantName()).isEqualTo("Konsulent To");

        long projectId = projects.projects().stream().filter(p -> p.name().equals("Projekt Tre")).findFirst().orElseThrow().id();
        assertThat(projects.project(projectId).phases()).extracting(ProjectAdministration.PhaseInput::name)
                .containsExactly("Forberedelse", "Forandring", "Forankring");
        UI.getCurrent().navigate("admin/projects");
        assertThat(GridKt._size(_get(ProjectsView.class).grid)).isEqualTo(before + 1);
    }

    @Test
    void a_withdrawn_organisation_and_a_closed_project_are_read_only() {
        loginAs(world.admin);
        participation.withdraw(world.workspaceB.getId());
        loginAs(world.memberB);
        assertThat(access.summary(world.workspaceB.getId()).writable()).isFalse();
        assertThatThrownBy(() -> access.requireWritable(world.workspaceB.getId())).isInstanceOf(AccessRefusedException.class);
        loginAs(world.memberA);
        assertThat(access.summary(world.workspaceA.getId()).writable()).isTrue();
        loginAs(world.admin);
        projects.close(world.p1.getId());
        loginAs(world.memberA);
        assertThat(access.summary(world.workspaceA.getId()).writable()).isFalse();
        loginAs(world.consultantP1);
        assertThatThrownBy(() -> access.requireConsultantOfOpen(world.p1.getId())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> plans.save(world.p1.getId(), new PlanService.ActivityInput(null, 0,
                PlanActivityKind.DIALOGUE_MEETING, "Efter lukning", false, null, LocalDate.now(clock).plusMonths(1), Timing.DAY,
                "2 timer", Venue.VIRTUAL, null, EnumSet.of(ParticipantGroup.CONSULTANTS), "Status", List.of())))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(access.summary(world.workspaceA.getId()).writable()).isFalse();
    }

    @Test
    void a_consultant_runs_only_the_projects_they_serve_and_a_team_member_none() {
        loginAs(world.consultantP2);
        assertThat(projects.projects()).extracting(ProjectAdministration.ProjectRow::name).containsExactly("Projekt To");
        assertThatThrownBy(() -> projects.project(world.p1.getId())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> authoring.authoring(world.p1.getId())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> openAs(world.memberA, "admin/projects")).isInstanceOf(MockAccessDeniedException.class);
        loginAs(world.memberA);
        assertThatThrownBy(() -> projects.projects()).isInstanceOf(AccessRefusedException.class);
    }

    private static Reader consultant(ProjectsView.CreateDialog dialog, long id) {
        return dialog.consultants.getListDataView().getItems().filter(c -> c.id() == id).findFirst().orElseThrow();
    }
}
