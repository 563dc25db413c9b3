package dk.modningsportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.TestWorld;
import dk.modningsportal.audit.AuditEntry;
import dk.modningsportal.audit.AuditLog;
import dk.modningsportal.audit.AuditAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Guessing slows down, then locks, then the lock lifts; the answers never tell a known name from an unknown. */
class LoginThrottleTest extends PortalTest {

    @Autowired
    LoginThrottleRepository entries;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AuditLog audit;

    final MovableClock clock = new MovableClock();
    ThrottledAuthentication signIn;

    @BeforeEach
    void wire() {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        signIn = new ThrottledAuthentication(passwords, new LoginThrottle(entries, clock), events);
    }

    /** The throttle writes in transactions of its own (so a refused sign-in still counts): clear them. */
    @org.junit.jupiter.api.AfterEach
    void forget(@Autowired org.springframework.transaction.PlatformTransactionManager transactions) {
        var separate = new org.springframework.transaction.support.TransactionTemplate(transactions);
        separate.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        separate.executeWithoutResult(status -> entries.deleteAll());
    }

    @Test
    void wrong_passwords_slow_down_then_lock_the_name_and_the_lock_lifts() {
        for (int failure = 1; failure <= 4; failure++) {
            assertThatThrownBy(() -> attempt("member.a", "wrong")).isInstanceOf(BadCredentialsException.class);
            // Right after a failure the name waits 1, 2, 4, 8 seconds: even the right password is refused.
            assertThatThrownBy(() -> attempt("member.a", TestWorld.PASSWORD)).isInstanceOf(LockedException.class);
            clock.advance(Duration.ofSeconds(1L << (failure - 1)));
        }
        assertThatThrownBy(() -> attempt("member.a", "wrong")).isInstanceOf(BadCredentialsException.class);
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> attempt("member.a", TestWorld.PASSWORD)).as("locked for 15 minutes")
                .isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(attempt("member.a", TestWorld.PASSWORD).getName()).isEqualTo("member.a");

        // A success starts the count again: one failure is a one-second wait, not a lock.
        assertThatThrownBy(() -> attempt("member.a", "wrong")).isInstanceOf(BadCredentialsException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempt("member.a", TestWorld.PASSWORD)).isNotNull();

        loginAs(world.admin);
        assertThat(audit.search(AuditLog.Filter.ALL, PageRequest.of(0, 50)).stream().map(AuditEntry::getAction))
                .contains(AuditAction.LOGIN_FAILED, AuditAction.LOGIN_LOCKED, AuditAction.LOGIN);
    }

    @Test
    void an_unknown_name_gets_the_same_answer_and_the_same_lock_as_a_known_one() {
        for (int failure = 1; failure <= 5; failure++) {
            assertThatThrownBy(() -> attempt("ingen.saadan", "wrong")).isInstanceOf(BadCredentialsException.class)
                    .hasMessage("Bad credentials");
            assertThatThrownBy(() -> attempt("member.a", "wrong")).isInstanceOf(BadCredentialsException.class)
                    .hasMessage("Bad credentials");
            clock.advance(Duration.ofSeconds(10));
        }
        assertThatThrownBy(() -> attempt("ingen.saadan", "wrong")).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> attempt("member.a", "wrong")).isInstanceOf(LockedException.class);
    }

    @Test
    void many_failures_from_one_address_lock_that_address_for_every_name() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LOCK_AFTER; i++) {
            String name = "gæt" + i;
            assertThatThrownBy(() -> attempt(name, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("member.b", TestWorld.PASSWORD)).isInstanceOf(LockedException.class);
        clock.advance(LoginThrottle.ADDRESS_LOCK.plusSeconds(1));
        assertThat(attempt("member.b", TestWorld.PASSWORD)).isNotNull();
    }

    private Authentication attempt(String username, String password) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new org.springframework.security.web.authentication.WebAuthenticationDetails("10.1.2.3", null));
        return signIn.authenticate(token);
    }

    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-30T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Copenhagen");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
