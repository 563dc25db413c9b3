package dk.modningsportal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No page and no sign-in until the portal is ready: the web server opens before start-up work is done (the
 * demo data is loaded after it), and a person signing in then would be told their password is wrong. Until
 * Spring Boot reports the portal ready, every request gets a short bilingual "starting" page (503, tried
 * again after five seconds).
 */
@Configuration(proxyBeanMethods = false)
class StartupGate {

    @Bean
    FilterRegistrationBean<ReadinessFilter> startupGateFilter(ApplicationAvailability availability) {
        FilterRegistrationBean<ReadinessFilter> registration = new FilterRegistrationBean<>(new ReadinessFilter(availability));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class ReadinessFilter extends OncePerRequestFilter {

        private final ApplicationAvailability availability;
        private final byte[] page;

        ReadinessFilter(ApplicationAvailability availability) {
            this.availability = availability;
            try (InputStream in = StartupGate.class.getResourceAsStream("/pages/starting.html")) {
                this.page = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
                chain.doFilter(request, response);
                return;
            }
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(page);
        }
    }
}
