package dk.modningsportal.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.base.ui.LocaleSettings;
import dk.modningsportal.base.ui.PortalI18NProvider;
import dk.modningsportal.project.WorkspaceRoutes;
import org.junit.jupiter.api.Test;

class WorkspaceViewsTest extends KaribuTest {

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
}
