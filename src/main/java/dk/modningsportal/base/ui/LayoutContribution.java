package dk.modningsportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;

/**
 * Lets a capability add to the main layout (a side-navigation section, a button in the top bar)
 * without the layout depending on that capability.
 */
public interface LayoutContribution {

    default List<SideNavItem> navigationItems() {
        return List.of();
    }

    /** At the start of the top bar, before the space that pushes the actions to the right (the search field). */
    default List<Component> topBarStart() {
        return List.of();
    }

    default List<Component> topBarActions() {
        return List.of();
    }
}
