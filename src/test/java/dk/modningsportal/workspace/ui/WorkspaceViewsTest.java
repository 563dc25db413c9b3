package dk.modningsportal.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.MaturationFixture;
import dk.modningsportal.ModuleEvents;
import dk.modningsportal.activity.ui.ActivityFeed;
import dk.modningsportal.base.ui.LocaleSettings;
import dk.modningsportal.base.ui.PortalI18NProvider;
import dk.modningsportal.live.Change;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.project.WorkspaceRoutes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkspaceViewsTest extends KaribuTest {

    @Autowired
    MaturationFixture fixture;

    @Autowired
    ChangeBus bus;

    @Test
    void team_member_with_one_workspace_lands_in_it_after_login() {
        openAs(world.memberA, "");
        _get(WorkspaceView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(WorkspaceRoutes.overview(world.workspaceA.getId()));
    }

    @Test
    void consultant_lands_on_the_organisations_of_the_projects_they_serve() {
        openAs(world.consultantP1, "");
        _get(HomeView.class);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("portal-card")))
                .extracting(Anchor::getHref)
                .containsExactlyInAnyOrder(WorkspaceRoutes.overview(world.workspaceA.getId()),
                        WorkspaceRoutes.overview(world.workspaceB.getId()));
    }

    @Test
    void the_workspace_speaks_danish_by_default_and_english_after_the_switch() {
        openAs(world.memberA, WorkspaceRoutes.overview(world.workspaceA.getId()));
        assertThat(_find(Anchor.class, spec -> spec.withText("Prøvehandlinger"))).isNotEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText("Hent arbejdsrummets data (Excel)")))
                .as("the team exports its own workspace").hasSize(1);

        LocaleSettings.switchTo(PortalI18NProvider.ENGLISH);
        UI.getCurrent().navigate(WorkspaceRoutes.overview(world.workspaceA.getId()));
        assertThat(_find(Anchor.class, spec -> spec.withText("Trial actions"))).isNotEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText("Prøvehandlinger"))).isEmpty();
    }

    @Test
    void a_colleagues_note_redraws_the_notes_and_the_feed_and_leaves_the_rest_as_it_was() {
        for (int i = 1; i <= ActivityFeed.PAGE + 2; i++) {
            fixture.note(this::loginAs, world.memberA, world.workspaceA, "Erfaring " + i, NoteKind.WORKS_WELL,
                    world.p1Cooperation);
        }
        openAs(world.memberA, WorkspaceRoutes.overview(world.workspaceA.getId()));
        ActivityFeed feed = _get(ActivityFeed.class);
        _click(_get(feed, Button.class, spec -> spec.withText("Vis flere")));
        Div followUps = _get(Div.class, spec -> spec.withClasses("meeting-follow-ups"));
        Div upcoming = _get(Div.class, spec -> spec.withClasses("plan-upcoming"));
        List<Component> figuresBefore = _get(Div.class, spec -> spec.withClasses("portal-figures")).getChildren().toList();

        fixture.note(this::loginAs, world.projectLeaderA, world.workspaceA, "En kollegas erfaring", NoteKind.HINDERS,
                world.p1Cooperation);
        bus.publish(Change.inWorkspace(world.p1.getId(), world.workspaceA.getId()));
        ModuleEvents.awaitDelivered(bus);
        MockVaadin.clientRoundtrip(false);

        assertThat(feed.shown()).as("the feed stays opened as far as it was, the colleague's note first")
                .hasSize(ActivityFeed.PAGE + 3).first().asString().startsWith("Per A skrev erfaringen En kollegas erfaring");
        assertThat(_find(Span.class, spec -> spec.withText(" En kollegas erfaring"))).hasSize(1);
        assertThat(_get(Div.class, spec -> spec.withClasses("portal-figures")).getChildren().toList())
                .as("the note count changed").isNotEqualTo(figuresBefore);
        assertThat(_get(Div.class, spec -> spec.withClasses("meeting-follow-ups"))).as("not redrawn").isSameAs(followUps);
        assertThat(_get(Div.class, spec -> spec.withClasses("plan-upcoming"))).as("not re-read").isSameAs(upcoming);

        bus.publish(Change.inWorkspace(world.p1.getId(), world.workspaceA.getId()));
        ModuleEvents.awaitDelivered(bus);
        List<Component> figuresNow = _get(Div.class, spec -> spec.withClasses("portal-figures")).getChildren().toList();
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Div.class, spec -> spec.withClasses("portal-figures")).getChildren().toList())
                .as("nothing changed: nothing redrawn").isEqualTo(figuresNow);
    }
}
