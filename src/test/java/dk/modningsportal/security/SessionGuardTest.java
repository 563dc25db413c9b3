package dk.modningsportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.PortalTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

class SessionGuardTest extends PortalTest {

    @Autowired
    UserDirectory directory;
    @Autowired
    AccountAdministration accounts;

    final LoginThrottleTest.MovableClock clock = new LoginThrottleTest.MovableClock();

    @Test
    void a_session_ends_after_twelve_hours_however_busy() throws Exception {
        SessionGuard guard = new SessionGuard(directory, clock);
        MockHttpSession session = signedIn(world.memberA);
        request(guard, session);
        for (int hour = 0; hour < 12; hour++) {
            clock.advance(Duration.ofMinutes(59));
            request(guard, session);
            assertThat(session.isInvalid()).isFalse();
        }
        clock.advance(Duration.ofMinutes(13));
        request(guard, session);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_deactivated_person_or_one_with_another_role_is_signed_out_within_a_minute() throws Exception {
        SessionGuard guard = new SessionGuard(directory, clock);
        MockHttpSession member = signedIn(world.memberA);
        MockHttpSession other = signedIn(world.memberB);
        request(guard, member);
        request(guard, other);
        loginAs(world.admin);
        accounts.setActive(world.memberA.getId(), false);
        accounts.changeRole(world.memberB.getId(), world.memberB.getVersion(), Role.PROJECT_LEADER, world.orgB.getId());
        world.em.flush();
        request(guard, member);
        assertThat(member.isInvalid()).as("checked at most once a minute").isFalse();
        clock.advance(Duration.ofSeconds(61));
        request(guard, member);
        request(guard, other);
        assertThat(member.isInvalid()).isTrue();
        assertThat(other.isInvalid()).isTrue();
    }

    private MockHttpSession signedIn(UserAccount account) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(loginAs(account)));
        return session;
    }

    private static void request(SessionGuard guard, MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        guard.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }
}
