package dk.modningsportal.sharing.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.ui.LayoutContribution;
import dk.modningsportal.sharing.SharedItems;
import dk.modningsportal.project.ProjectRoutes;
import java.util.List;
import org.springframework.stereotype.Component;

/** "På tværs" in the side navigation, once per project the person's organisation takes part in. */
@Component
class AcrossNavigation implements LayoutContribution {

    private final SharedItems sharedItems;

    AcrossNavigation(SharedItems sharedItems) {
        this.sharedItems = sharedItems;
    }

    @Override
    public List<SideNavItem> navigationItems() {
        List<dk.modningsportal.project.ProjectQueries.ProjectName> projects = sharedItems.projectsTakenPartIn();
        return projects.stream().map(p -> new SideNavItem(projects.size() == 1
                ? I18NProvider.translate("across.navigation")
                : I18NProvider.translate("across.navigationOf", p.name()), ProjectRoutes.across(p.id()),
                VaadinIcon.CONNECT.create())).toList();
    }
}
