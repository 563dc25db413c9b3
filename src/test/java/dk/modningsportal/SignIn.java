package dk.modningsportal;

import dk.modningsportal.security.UserAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a test person in for the service calls that follow, in tests that do not extend {@link PortalTest}. */
public final class SignIn {

    private SignIn() {
    }

    public static void as(UserDetailsService users, UserAccount account) {
        UserDetails user = users.loadUserByUsername(account.getUsername());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
