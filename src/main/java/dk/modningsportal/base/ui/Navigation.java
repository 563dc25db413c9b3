package dk.modningsportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Goes to a stored in-portal link such as "workspace/3/notes?note=12" (UI.navigate(String) takes no query). */
public final class Navigation {

    private Navigation() {
    }

    public static void to(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
    }
}
