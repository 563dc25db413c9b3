package dk.modningsportal;

import dk.modningsportal.security.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** Base of service tests: the whole application on in-memory H2, each test in a rolled-back transaction. */
@SpringBootTest(properties = "portal.test.rolled-back=true")
@ActiveProfiles("test")
@Transactional
@org.springframework.context.annotation.Import(TestClock.class)
public abstract class PortalTest {

    @Autowired
    protected TestWorld world;

    /** The portal's clock: "today" in a test is the services' today, whatever the machine's zone or hour. */
    @Autowired
    protected java.time.Clock clock;

    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeEach
    void buildWorld() {
        world.build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        if (clock instanceof TestClock.Movable movable) {
            movable.reset();
        }
    }

    /** Signs in as the user for the service calls that follow. */
    protected Authentication loginAs(UserAccount account) {
        UserDetails user = userDetailsService.loadUserByUsername(account.getUsername());
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }
}
