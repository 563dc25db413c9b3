package dk.modningsportal.security;

import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password sign-in with throttling and an audit entry for every attempt. Every refusal that is not a
 * lock reads the same, whether the name is unknown, the password wrong or the account deactivated.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);


    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    ThrottledAuthentication(DaoAuthenticationProvider passwords, LoginThrottle throttle, ApplicationEventPublisher events) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        rememberTypedName(username);
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (throttle.blockedUntil(username, address).isPresent()) {
            events.publishEvent(failure(AuditAction.LOGIN_LOCKED, username, address));
            throw new LockedException("Sign-in paused after repeated failures");
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username);
            PortalUser user = (PortalUser) result.getPrincipal();
            events.publishEvent(Audited.of(AuditAction.LOGIN, Audited.ACCOUNT, user.id(), user.getUsername(),
                    user.organisationId()).by(user.id(), user.displayName() + " (" + user.getUsername() + ")"));
            return result;
        } catch (AuthenticationException refused) {
            boolean locked;
            try {
                locked = throttle.failed(username, address);
            } catch (RuntimeException raced) {
                // Two nodes counted the same new name at once; the next failure counts again.
                log.debug("Throttle count raced for {}", username, raced);
                locked = false;
            }
            events.publishEvent(failure(locked ? AuditAction.LOGIN_LOCKED : AuditAction.LOGIN_FAILED, username, address));
            throw new BadCredentialsException("Bad credentials");
        }
    }

    /**
     * The login page shows the name again after a failed sign-in (the person retypes only the password). Kept in
     * the signing-in session only, and cleared once the sign-in succeeds (the session id changes then).
     */
    private static void rememberTypedName(String username) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request && username != null) {
            request.getRequest().getSession().setAttribute(SignInNames.LAST_TYPED_NAME,
                    username.length() > 254 ? username.substring(0, 254) : username);
        }
    }

    private static Audited failure(AuditAction action, String username, String address) {
        String name = username == null ? "" : username.length() > 100 ? username.substring(0, 100) : username;
        return Audited.of(action, Audited.ACCOUNT, null, name, null).change(null, address).by(null, name);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
