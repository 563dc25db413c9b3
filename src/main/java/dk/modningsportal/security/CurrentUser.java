package dk.modningsportal.security;

import dk.modningsportal.base.AccessRefusedException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The one place services learn who is calling. */
@Component
public class CurrentUser {

    public Optional<PortalUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public PortalUser require() {
        return get().orElseThrow(() -> new AccessRefusedException("error.notLoggedIn", "No authenticated user"));
    }
}
