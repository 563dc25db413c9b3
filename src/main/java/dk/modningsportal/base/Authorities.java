package dk.modningsportal.base;

import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A role check for capabilities below {@code security} (organisation), which must not depend on it: reads
 * the signed-in person's authorities ("ROLE_ADMIN") as {@code CurrentUser} does, from the same holder.
 */
public final class Authorities {

    private Authorities() {
    }

    /** Refuses unless the signed-in person has one of the roles (names without "ROLE_"). */
    public static void require(String messageKey, String... roles) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean allowed = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Arrays.stream(roles).anyMatch(r -> a.getAuthority().equals("ROLE_" + r)));
        if (!allowed) {
            throw new AccessRefusedException(messageKey,
                    (authentication == null ? "nobody" : authentication.getName()) + " lacks " + Arrays.toString(roles));
        }
    }
}
