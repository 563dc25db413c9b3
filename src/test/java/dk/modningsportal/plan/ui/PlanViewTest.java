package dk.modningsportal.plan.ui;

import dk.modningsportal.base.DanishTime;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.plan.PlanTemplate;
import dk.modningsportal.project.WorkspaceRoutes;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A consultant lays the plan from a template and moves an activity; the team sees what is next. */
class PlanViewTest extends KaribuTest {

    private LocalDate start;

    @org.junit.jupiter.api.BeforeEach
    void startNextWeek() {
        start = LocalDate.now(clock).plusDays(7);
    }

    private PlanView layPlan() {
        openAs(world.consultantP1, "plan?project=" + world.p1.getId());
        PlanView view = _get(PlanView.class);
        assertThat(view.templateBox.isVisible()).as("an empty plan offers the templates").isTrue();
        enter(view.template, PlanTemplate.START_FOUR_MONTHS_ANCHORING);
        enter(view.templateStart, start);
        _click(view.applyTemplate);
        return view;
    }

    @Test
    void a_consultant_lays_the_plan_from_a_template_and_moves_an_activity_on_the_timeline() {
        PlanView view = layPlan();
        assertThat(view.shown()).contains("Opstartsmøde · " + Formats.date(start.plusDays(14)));
        assertThat(GridKt._size(view.timeline)).isEqualTo(11);

        int row = view.shown().indexOf("Opstartsmøde · " + Formats.date(start.plusDays(14)));
        GridKt._clickItem(view.timeline, row);
        ActivityDialog dialog = _get(ActivityDialog.class);
        assertThat(dialog.criteria.getValue()).contains("Alle deltagende organisationer er klædt på");
        enter(dialog.startsOn, start.plusDays(35));
        _click(dialog.save);

        assertThat(view.shown()).contains("Opstartsmøde · " + Formats.date(start.plusDays(35)))
                .doesNotContain("Opstartsmøde · " + Formats.date(start.plusDays(14)));
        assertThat(view.templateBox.isVisible()).as("a laid plan is not laid again").isFalse();
    }

    @Test
    void the_team_reads_the_plan_and_sees_what_is_next_on_its_workspace() {
        layPlan();
        openAs(world.memberA, "plan?project=" + world.p1.getId());
        PlanView view = _get(PlanView.class);
        assertThat(view.newActivity.isVisible()).isFalse();
        GridKt._clickItem(view.timeline, 0);
        ActivityDialog dialog = _get(ActivityDialog.class);
        assertThat(dialog.title.isReadOnly()).isTrue();
        assertThat(dialog.save.isVisible()).isFalse();
        dialog.close();

        openAs(world.memberA, WorkspaceRoutes.overview(world.workspaceA.getId()));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("plan-upcoming"))
                .getElement().getTextRecursively())
                .contains("Det næste i projektet", "Forberedende møde", Formats.date(start));
    }
}
