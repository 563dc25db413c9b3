package dk.modningsportal.workspace.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.ui.LayoutContribution;
import dk.modningsportal.note.NoteRoutes;
import dk.modningsportal.project.ProjectRoutes;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceRoutes;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.trialaction.TrialActionRoutes;
import java.util.List;
import org.springframework.stereotype.Component;

/** The user's own workspaces in the side navigation, each with its sections. */
@Component
class WorkspaceNavigation implements LayoutContribution {

    private final WorkspaceAccess workspaceAccess;

    WorkspaceNavigation(WorkspaceAccess workspaceAccess) {
        this.workspaceAccess = workspaceAccess;
    }

    @Override
    public List<SideNavItem> navigationItems() {
        return workspaceAccess.readableWorkspaces().stream()
                .filter(WorkspaceSummary::writable)
                .map(this::item)
                .toList();
    }

    private SideNavItem item(WorkspaceSummary workspace) {
        long id = workspace.workspaceId();
        SideNavItem item = new SideNavItem(workspace.projectName(), WorkspaceRoutes.overview(id),
                VaadinIcon.FOLDER_OPEN_O.create());
        item.addItem(new SideNavItem(I18NProvider.translate("workspace.section.trialActions"),
                TrialActionRoutes.trialActions(id), VaadinIcon.FLASK.create()));
        item.addItem(new SideNavItem(I18NProvider.translate("workspace.section.notes"), NoteRoutes.notes(id),
                VaadinIcon.LIGHTBULB.create()));
        item.addItem(new SideNavItem(I18NProvider.translate("across.navigation"),
                ProjectRoutes.across(workspace.projectId()), VaadinIcon.CONNECT.create()));
        item.setExpanded(true);
        return item;
    }
}
