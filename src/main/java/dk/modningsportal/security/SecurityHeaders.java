package dk.modningsportal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser protections on every response, the pages Spring Security leaves alone ("/", "/login")
 * included: a Content Security Policy that Vaadin's pre-compiled bundle works under (its client evaluates
 * scripts, hence 'unsafe-eval'), no framing, no type sniffing, no referrer outside the portal, and no
 * caching of pages, and a year for the files whose address carries their version. HSTS belongs to the TLS proxy in front.
 */
@Configuration
class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'self'; object-src 'none'";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Content-Security-Policy", POLICY);
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Referrer-Policy", "same-origin");
                if (versioned(request)) {
                    chain.doFilter(request, new KeptForAYear(response));
                    return;
                }
                if (!cacheable(request.getRequestURI())) {
                    response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Files whose address changes with their content: the bundle's hashed files and anything asked for with a
     * version parameter (the stylesheets' {@code v-c}, the push client's {@code v}). Vaadin gives the bundle's
     * files an hour; a browser may keep them until the address changes, so a returning tablet asks for none.
     */
    static boolean versioned(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI().startsWith("/VAADIN/build/")
                || query != null && (query.startsWith("v=") || query.startsWith("v-c="));
    }

    static final String A_YEAR = "public, max-age=31536000, immutable";

    /** Keeps the year whatever cache lifetime the servlet that serves the file would set. */
    private static final class KeptForAYear extends HttpServletResponseWrapper {

        KeptForAYear(HttpServletResponse response) {
            super(response);
            super.setHeader("Cache-Control", A_YEAR);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }

    private static boolean cacheable(String path) {
        return path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/") || path.startsWith("/styles/")
                || path.startsWith("/webjars/") || path.startsWith("/icons/");
    }
}
