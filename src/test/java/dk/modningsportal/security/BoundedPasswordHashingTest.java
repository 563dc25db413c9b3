package dk.modningsportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A wave of sign-ins hashes passwords a few at a time, at full strength, and every one of them is answered. */
class BoundedPasswordHashingTest {

    /** Counts how many hash at once; each takes a while, as bcrypt does. */
    static final class SlowHashing implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "h:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return encoded.equals("h:" + raw);
        }
    }

    @Test
    void twenty_people_signing_in_at_once_hash_two_at_a_time_and_all_get_their_answer() throws Exception {
        SlowHashing slow = new SlowHashing();
        PasswordEncoder bounded = new BoundedPasswordHashing(slow, 2);
        ExecutorService arrivals = Executors.newFixedThreadPool(20);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String password = "password-" + i;
            String stored = i % 5 == 0 ? "h:wrong" : "h:" + password;
            answers.add(arrivals.submit(() -> bounded.matches(password, stored)));
        }
        int right = 0;
        for (Future<Boolean> answer : answers) {
            right += answer.get() ? 1 : 0;
        }
        arrivals.shutdown();
        assertThat(right).isEqualTo(16);
        assertThat(slow.most.get()).isEqualTo(2);
    }

    @Test
    void the_strength_is_bcrypts_as_before() {
        PasswordEncoder bounded = new BoundedPasswordHashing(PasswordEncoderFactories.createDelegatingPasswordEncoder(), 1);
        String hash = bounded.encode("et langt kodeord");
        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(bounded.matches("et langt kodeord", hash)).isTrue();
        assertThat(bounded.matches("et andet kodeord", hash)).isFalse();
    }
}
