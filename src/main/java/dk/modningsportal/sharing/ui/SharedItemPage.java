package dk.modningsportal.sharing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dk.modningsportal.base.SharedWithProject;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.project.ProjectRoutes;

/**
 * The read-only page of an item another organisation has shared: whose it is, who shared it and when, its
 * content in sections, and the comment thread the organisations share.
 */
abstract class SharedItemPage extends VerticalLayout {

    SharedItemPage() {
        addClassName("portal-page");
        addClassName("shared-item");
    }

    void header(long projectId, String organisationName, String kind, String title, SharedWithProject.State sharing) {
        Anchor back = new Anchor(ProjectRoutes.across(projectId), getTranslation("across.back"));
        back.getElement().setAttribute("router-link", true);
        Span owner = new Span(kind + " · " + organisationName);
        owner.addClassName("workspace-header-project");
        Paragraph shared = new Paragraph(getTranslation("across.sharedBy", sharing.sharedByName(),
                Formats.dateTime(sharing.sharedAt())));
        shared.addClassName("portal-muted");
        Span readOnly = new Span(getTranslation("across.readOnly"));
        readOnly.addClassName("portal-badge");
        add(back, owner, new H2(title), new Div(shared, readOnly));
    }

    /** A section with its heading, left out when there is nothing in it. */
    void section(String heading, String text) {
        if (text != null && !text.isBlank()) {
            Div section = new Div(new H3(heading), paragraphs(text));
            section.addClassName("portal-section");
            add(section);
        }
    }

    void facts(Component... facts) {
        Div line = new Div(facts);
        line.addClassName("workspace-header-facts");
        add(line);
    }

    static Span fact(String text) {
        Span fact = new Span(text);
        fact.addClassName("portal-badge");
        return fact;
    }

    private static Div paragraphs(String text) {
        Div body = new Div();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            body.add(new Paragraph(paragraph.strip()));
        }
        return body;
    }
}
