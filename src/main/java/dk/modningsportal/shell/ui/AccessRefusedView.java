package dk.modningsportal.shell.ui;

import dk.modningsportal.base.ui.*;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import dk.modningsportal.base.AccessRefusedException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a URL asks for something the user may not see (or that does not exist). */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessRefusedView extends ErrorViews.ErrorPage implements HasErrorParameter<AccessRefusedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessRefusedException> parameter) {
        ErrorViews.show(this, "error.accessRefusedTitle", parameter.getException().getMessageKey());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
