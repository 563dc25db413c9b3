package dk.modningsportal.shell.ui;

import dk.modningsportal.base.ui.*;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's own pages for an address that leads nowhere, a page the role may not open, and anything
 * unexpected: in the person's language, with a way back, never naming an exception. (Package-private, so
 * the UI tests keep Karibu's own error routes.)
 */
final class ErrorViews {

    private ErrorViews() {
    }

    /** A refused or missing page has a title too (axe: document-title), the heading's. */
    abstract static class ErrorPage extends Div implements HasDynamicTitle {

        private String title = "";

        @Override
        public String getPageTitle() {
            return title;
        }
    }

    static void show(ErrorPage view, String titleKey, String textKey) {
        view.title = view.getTranslation(titleKey);
        view.removeAll();
        view.addClassName("portal-page");
        view.add(new H2(view.title), new Paragraph(view.getTranslation(textKey)),
                new Anchor("", view.getTranslation("error.backHome")));
    }

    /** No such page, or an address with a malformed id ("workspace/abc"). */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    static class PageNotFound extends ErrorPage implements HasErrorParameter<NotFoundException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            show(this, "error.notFoundTitle", "error.notFound");
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /** A page the person's role may not open. */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    static class PageRefused extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            show(this, "error.accessRefusedTitle", "error.accessRefused");
            return HttpServletResponse.SC_FORBIDDEN;
        }
    }

    /** Anything else that stopped a page from opening: logged, and told without details. */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    static class PageFailed extends ErrorPage implements HasErrorParameter<Exception> {

        private static final Logger log = LoggerFactory.getLogger(PageFailed.class);

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
            Throwable cause = parameter.getCaughtException();
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof NumberFormatException) {
                show(this, "error.notFoundTitle", "error.notFound");
                return HttpServletResponse.SC_NOT_FOUND;
            }
            log.error("Could not open {}", event.getLocation().getPath(), parameter.getCaughtException());
            show(this, "error.unexpectedTitle", "error.unexpected");
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
    }
}
