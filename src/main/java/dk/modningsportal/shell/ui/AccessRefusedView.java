package dk.modningsportal.shell.ui;

import dk.modningsportal.base.ui.*;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
public class AccessRefusedView extends Div implements HasErrorParameter<AccessRefusedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessRefusedException> parameter) {
        removeAll();
        addClassName("portal-page");
        add(new H2(getTranslation("error.accessRefusedTitle")),
                new Paragraph(getTranslation(parameter.getException().getMessageKey())),
                new Anchor("", getTranslation("error.backHome")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
