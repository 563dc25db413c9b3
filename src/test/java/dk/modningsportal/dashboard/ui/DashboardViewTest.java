package dk.modningsportal.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.renderer.LitRenderer;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.MaturationFixture;
import dk.modningsportal.dashboard.Dashboard.OrganisationRow;
import dk.modningsportal.dashboard.DashboardService;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteRoutes;
import dk.modningsportal.project.WorkspaceRoutes;
import dk.modningsportal.trialaction.TrialActionRoutes;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What each role sees on the dashboard, and what it does not. */
class DashboardViewTest extends KaribuTest {

    @Autowired
    MaturationFixture fixture;
    @Autowired
    DashboardService dashboards;

    @BeforeEach
    void someWork() {
        fixture.note(this::loginAs, world.memberA, world.workspaceA, "Fælles møder virker", NoteKind.WORKS_WELL,
                world.p1Cooperation);
        fixture.note(this::loginAs, world.memberA, world.workspaceA, "Rekruttering er svær", NoteKind.HINDERS,
                world.p1Recruitment);
        fixture.note(this::loginAs, world.memberB, world.workspaceB, "Forældrene kom", NoteKind.WORKS_WELL,
                world.p1Recruitment);
    }

    private static List<String> organisations(DashboardView view) {
        return GridKt._fetch(view.rows, 0, GridKt._size(view.rows)).stream().map(OrganisationRow::organisation).toList();
    }

    /** Where a figure's link leads: the href its cell template is given. */
    @SuppressWarnings("unchecked")
    private static String link(DashboardView view, String column, OrganisationRow row) {
        LitRenderer<OrganisationRow> renderer = (LitRenderer<OrganisationRow>) view.rows.getColumnByKey(column).getRenderer();
        return (String) renderer.getValueProviders().get("href").apply(row);
    }

    @Test
    void a_consultant_sees_every_organisation_of_the_project_with_links_to_the_items_and_sets_a_score() {
        openAs(world.consultantP1, "dashboard");
        DashboardView view = _get(DashboardView.class);

        assertThat(view.project.getListDataView().getItems()).extracting(DashboardService.ProjectRef::name)
                .containsExactly("Projekt Et");
        assertThat(organisations(view)).containsExactly("Kommune A", "Kommune B");
        OrganisationRow a = GridKt._get(view.rows, 0);
        assertThat(GridKt._getFormatted(view.rows, 0, "notesInRound")).isEqualTo("2");
        assertThat(link(view, "notesInRound", a))
                .isEqualTo(NoteRoutes.notes(world.workspaceA.getId()) + "?version=" + world.p1v2.getId());
        assertThat(link(view, "planned", a))
                .isEqualTo(TrialActionRoutes.trialActions(world.workspaceA.getId()) + "?status=PLANNED");
        assertThat(link(view, "overdue", a))
                .isEqualTo(TrialActionRoutes.trialActions(world.workspaceA.getId()) + "?overdue=true");
        assertThat(link(view, "organisation", a)).isEqualTo(WorkspaceRoutes.overview(world.workspaceA.getId()));
        assertThat(GridKt._getFormattedRow(view.heatTable, 0)).containsExactly("Kommune A", "1", "1");
        assertThat(view.heatChart.getOptionJson()).contains("heatmap", "Samarbejde");
        assertThat(_find(view.exports, Anchor.class)).as("exports are for evaluators and Socialstyrelsen")
                .isNotEmpty();

        enter(view.organisationFilter, "kommune b");
        assertThat(organisations(view)).containsExactly("Kommune B");
        enter(view.organisationFilter, "");

        assertThat(view.setScore.isVisible()).isTrue();
        assertThat(view.setScore.isEnabled()).as("nothing chosen yet").isFalse();
        view.rows.select(GridKt._get(view.rows, 0));
        _click(view.setScore);
        ProgressScoreDialog dialog = _get(ProgressScoreDialog.class);
        enter(dialog.score, new BigDecimal("2.5"));
        enter(dialog.note, "Godt i gang");
        _click(dialog.save);
        assertThat(GridKt._getFormatted(view.rows, 0, "score")).contains("2,5");
    }

    @Test
    void an_organisations_leader_sees_only_their_own_row_and_the_average() {
        openAs(world.leaderA, "dashboard");
        DashboardView view = _get(DashboardView.class);

        assertThat(organisations(view)).containsExactly("Kommune A");
        assertThat(view.rows.getFooterRows()).hasSize(1);
        assertThat(GridKt._fetch(view.heatTable, 0, 10)).extracting(r -> r.label())
                .containsExactly("Kommune A", "Gennemsnit for projektet");
        assertThat(view.heatChart.getOptionJson()).doesNotContain("Kommune B");
        assertThat(view.setScore.isVisible()).isFalse();
        assertThat(view.versions.scope.isVisible()).as("no other organisation to compare").isFalse();
        assertThat(_find(view.exports, Anchor.class)).isEmpty();
        assertThat(view.selfEvaluations.getElement().getTextRecursively()).as("no other organisation's self-evaluation")
                .contains("Jeres egen selvevaluering").doesNotContain("Kommune B");
    }

    @Test
    void a_consultant_sees_the_self_evaluations_of_the_last_due_quarter_side_by_side() {
        openAs(world.consultantP1, "dashboard");
        DashboardView view = _get(DashboardView.class);
        var overview = _get(view.selfEvaluations, dk.modningsportal.selfevaluation.ui.SelfEvaluationOverview.class);
        assertThat(GridKt._size(_get(overview, com.vaadin.flow.component.grid.Grid.class))).isEqualTo(2);
        assertThat(overview.getElement().getTextRecursively()).doesNotContain("Boform C");
    }

    @Test
    void the_evaluations_sections_are_drawn_when_opened() {
        openAs(world.evaluator, "dashboard");
        DashboardView view = _get(DashboardView.class);
        assertThat(_find(view.registrations, dk.modningsportal.evaluation.ui.RegistrationChart.class))
                .as("nothing kept until someone looks").isEmpty();
        view.registrations.setOpened(true);
        assertThat(_find(view.registrations, dk.modningsportal.evaluation.ui.RegistrationChart.class)).hasSize(1);
        view.attendance.setOpened(true);
        assertThat(_find(view.attendance, dk.modningsportal.meeting.ui.AttendanceOverview.class)).hasSize(1);
        view.registrations.setOpened(false);
        assertThat(_find(view.registrations, dk.modningsportal.evaluation.ui.RegistrationChart.class)).isEmpty();
    }

    @Test
    void an_evaluator_sees_the_project_they_evaluate_and_exports_the_full_data() {
        openAs(world.evaluator, "dashboard");
        DashboardView view = _get(DashboardView.class);

        assertThat(view.project.getListDataView().getItems()).extracting(DashboardService.ProjectRef::name)
                .containsExactly("Projekt Et");
        assertThat(_find(view.exports, Anchor.class)).extracting(Anchor::getText)
                .contains("Alle projektets data (Excel)", "Alle projektets data (CSV)");
        assertThat(view.setScore.isVisible()).as("only the project's consultants score").isFalse();

        enter(view.versions.scope, view.versions.scope.getListDataView().getItems()
                .filter(r -> "Kommune B".equals(r.organisation())).findFirst().orElseThrow());
        assertThat(GridKt._getFormattedRow(view.versions.table, 1)).as("Rekruttering under 1.0 and 2.0 for B")
                .containsExactly("Rekruttering", "0", "0", "0", "0", "0", "1");
    }

    @Test
    void a_national_leader_sees_every_project_but_has_no_full_export() {
        openAs(world.nationalLeader, "dashboard");
        DashboardView view = _get(DashboardView.class);
        assertThat(view.project.getListDataView().getItems()).hasSize(2);
        assertThat(_find(view.exports, Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Nøgletal (CSV)", "Nøgletal (Excel)");
    }

    @Test
    void a_consultant_of_another_project_sees_only_theirs() {
        openAs(world.consultantP2, "dashboard");
        DashboardView view = _get(DashboardView.class);
        assertThat(view.project.getListDataView().getItems()).extracting(DashboardService.ProjectRef::name)
                .containsExactly("Projekt To");
        assertThat(organisations(view)).containsExactly("Boform C");
    }

    @Test
    void team_members_and_administrators_cannot_open_the_dashboard() {
        for (var user : List.of(world.memberA, world.projectLeaderA, world.admin)) {
            assertThatThrownBy(() -> openAs(user, "dashboard")).as(user.getUsername())
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }
}
