package dk.modningsportal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session after 12 hours in all (the idle limit of 30 minutes is the servlet container's),
 * and within a minute of the account being deactivated, anonymised, or given another role or
 * organisation: the person signs in again and gets exactly their current rights.
 */
class SessionGuard extends OncePerRequestFilter {

    static final Duration MAX_SESSION = Duration.ofHours(12);
    static final Duration RECHECK = Duration.ofMinutes(1);
    static final String SIGNED_IN_AT = "portal.signedInAt";
    static final String CHECKED_AT = "portal.accountCheckedAt";
    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    private final UserDirectory directory;
    private final Clock clock;

    SessionGuard(UserDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        PortalUser user = session == null ? null : signedIn(session);
        if (user != null && expired(session, user)) {
            log.info("Ended the session of {}", user);
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    private boolean expired(HttpSession session, PortalUser user) {
        Instant now = clock.instant();
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        if (signedInAt == null) {
            session.setAttribute(SIGNED_IN_AT, now);
            session.setAttribute(CHECKED_AT, now);
            return false;
        }
        if (signedInAt.plus(MAX_SESSION).isBefore(now)) {
            return true;
        }
        Instant checkedAt = (Instant) session.getAttribute(CHECKED_AT);
        if (checkedAt == null || checkedAt.plus(RECHECK).isBefore(now)) {
            session.setAttribute(CHECKED_AT, now);
            return !directory.stillValid(user);
        }
        return false;
    }

    private static PortalUser signedIn(HttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext security) {
            Authentication authentication = security.getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
                return user;
            }
        }
        return null;
    }
}
