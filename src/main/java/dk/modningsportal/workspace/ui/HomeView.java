package dk.modningsportal.workspace.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.project.WorkspaceRoutes;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.Role;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a user lands after login. A team member with one workspace goes straight into it; everyone
 * else sees the workspaces they may open, grouped by project.
 */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkspaceAccess workspaceAccess;
    private final CurrentUser currentUser;

    HomeView(WorkspaceAccess workspaceAccess, CurrentUser currentUser) {
        this.workspaceAccess = workspaceAccess;
        this.currentUser = currentUser;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.require().role() == Role.ADMIN) {
            event.forwardTo("admin/accounts");
            return;
        }
        List<WorkspaceSummary> workspaces = workspaceAccess.readableWorkspaces();
        if (workspaces.size() == 1 && workspaces.get(0).writable()) {
            event.forwardTo(WorkspaceRoutes.overview(workspaces.get(0).workspaceId()));
            return;
        }
        removeAll();
        add(new H2(getTranslation("home.title")));
        if (workspaces.isEmpty()) {
            add(new Paragraph(getTranslation("home.none")));
            return;
        }
        add(new Paragraph(getTranslation("home.intro")));
        Map<String, List<WorkspaceSummary>> byProject = new LinkedHashMap<>();
        workspaces.forEach(w -> byProject.computeIfAbsent(w.projectName(), k -> new java.util.ArrayList<>()).add(w));
        byProject.forEach((project, inProject) -> {
            H3 heading = new H3(project);
            Div cards = new Div();
            cards.addClassName("portal-cards");
            inProject.forEach(w -> cards.add(card(w)));
            add(heading, cards);
        });
    }

    private Anchor card(WorkspaceSummary workspace) {
        Div body = new Div();
        Span name = new Span(workspace.organisationName());
        name.addClassName("portal-card-title");
        body.add(name, new Paragraph(Formats.label(workspace.organisationKind())));
        if (workspace.currentPhase() != null) {
            body.add(new Paragraph(getTranslation("workspace.phase", workspace.currentPhase())));
        }
        if (workspace.consultantName() != null) {
            body.add(new Paragraph(getTranslation("workspace.consultant", workspace.consultantName())));
        }
        Anchor card = new Anchor(WorkspaceRoutes.overview(workspace.workspaceId()), body);
        card.getElement().setAttribute("router-link", true);
        card.addClassName("portal-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
