package dk.modningsportal.security;

import com.vaadin.flow.component.Component;

/** The view people sign in on, named by the UI (security.ui) so that the security set-up need not import a view. */
public interface LoginPage {

    Class<? extends Component> view();
}
