package dk.modningsportal.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Puts the session's CSRF token in every page's head, where Vaadin's login form looks for it
 * ({@code meta[name=_csrf]}, {@code meta[name=_csrf_parameter]}) and sends it with the username and password.
 */
@Component
class LoginPageCsrf implements VaadinServiceInitListener {

    private final CsrfTokenRepository tokens;

    LoginPageCsrf(CsrfTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (!(page.getVaadinRequest() instanceof VaadinServletRequest servletRequest)) {
                return;
            }
            HttpServletRequest request = servletRequest.getHttpServletRequest();
            HttpServletResponse response = (HttpServletResponse) page.getVaadinResponse();
            CsrfToken token = tokens.loadToken(request);
            if (token == null) {
                token = tokens.generateToken(request);
                tokens.saveToken(token, request, response);
            }
            page.getDocument().head().appendElement("meta").attr("name", "_csrf").attr("content", token.getToken());
            page.getDocument().head().appendElement("meta").attr("name", "_csrf_parameter")
                    .attr("content", token.getParameterName());
        });
    }
}
