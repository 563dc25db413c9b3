package dk.modningsportal.intervention.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.intervention.InterventionRoutes;
import dk.modningsportal.maturation.BoardThemes;
import dk.modningsportal.maturation.DecisionKind;
import dk.modningsportal.maturation.MaturationDecisions.DecisionInput;
import dk.modningsportal.maturation.WorkshopService.WorkshopInfo;
import dk.modningsportal.maturation.WorkshopService;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InterventionViewTest extends KaribuTest {

    @Autowired
    WorkshopService workshopService;

    @Autowired
    BoardThemes boardThemes;
    @Autowired
    dk.modningsportal.maturation.MaturationDecisions decisions;
    @Autowired
    dk.modningsportal.maturation.VersionPublishing publishing;

    @Test
    void comparing_versions_marks_the_words_added_and_removed_in_a_core_element() {
        loginAs(world.consultantP1);
        WorkshopInfo workshop = workshopService.createWorkshop(world.p1.getId(), world.p1v2.getId(), "W", LocalDate.now(clock));
        var theme = boardThemes.createTheme(workshop.id(), "Tema");
        decisions.decide(theme.id(), new DecisionInput(DecisionKind.CHANGE_ELEMENT, world.p1Cooperation.getId(), null,
                "Samarbejde med bestyrelsen", "Begrundelse"));
        publishing.publish(world.p1.getId(), workshop.draft().id());

        openAs(world.memberA, InterventionRoutes.intervention(world.workspaceA.getId()));
        InterventionView view = _get(InterventionView.class);
        assertThat(view.shownVersion.getValue().label()).isEqualTo("3.0");
        assertThat(view.compareFrom.getValue().label()).isEqualTo("2.0");
        assertThat(view.comparison.getElement().getTextRecursively()).contains("Samarbejde", "Ændret", "Uændret");
        Span added = _get(view.comparison, Span.class, spec -> spec.withClasses("diff-added"));
        assertThat(added.getText()).contains("med bestyrelsen");

        enter(view.compareFrom, view.compareTo.getValue());
        assertThat(view.comparison.getElement().getTextRecursively()).doesNotContain("Ændret");
    }
}
