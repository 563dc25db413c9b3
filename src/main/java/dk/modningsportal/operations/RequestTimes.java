package dk.modningsportal.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The portal's own time per request, by what the request is (Vaadin sends nearly everything to one address, so
 * Spring's request timer cannot tell a UIDL message from a page load): {@code portal.requests{kind}} with a
 * percentile histogram, read from the management port's Prometheus endpoint. Beside a load generator's figures it
 * says which part of a wait is the portal's and which the generator's own queueing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestTimes extends OncePerRequestFilter {

    enum Kind {
        UIDL, HEARTBEAT, INIT, PUSH, LOGIN, PAGE, STATIC
    }

    private final Map<Kind, Timer> timers = new EnumMap<>(Kind.class);

    RequestTimes(MeterRegistry registry) {
        for (Kind kind : Kind.values()) {
            timers.put(kind, Timer.builder("portal.requests").tag("kind", kind.name().toLowerCase())
                    .description("Time the portal takes to answer a request, by kind")
                    .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofSeconds(30)).register(registry));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            timers.get(kindOf(request)).record(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    static Kind kindOf(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && query.contains("v-r=")) {
            return query.contains("v-r=uidl") ? Kind.UIDL : query.contains("v-r=heartbeat") ? Kind.HEARTBEAT
                    : query.contains("v-r=init") ? Kind.INIT : Kind.PUSH;
        }
        String path = request.getRequestURI();
        if (path.startsWith("/login") && "POST".equals(request.getMethod())) {
            return Kind.LOGIN;
        }
        return path.startsWith("/VAADIN/") || path.contains(".") ? Kind.STATIC : Kind.PAGE;
    }
}
