package dk.modningsportal.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing at its full strength, but at most {@code permits} hashes at a time: bcrypt takes a core for tens
 * of milliseconds, so a wave of people signing in at nine o'clock would otherwise take every core from those already
 * working. The rest wait their turn, in order of arrival, without spending CPU.
 */
final class BoundedPasswordHashing implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final Semaphore permits;

    BoundedPasswordHashing(PasswordEncoder hashing, int permits) {
        this.hashing = hashing;
        this.permits = new Semaphore(Math.max(1, permits), true);
    }

    /** Half the cores, at least one: the other half stays with the requests of those already signed in. */
    static int defaultPermits() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> hashing.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> hashing.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    private <T> T bounded(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
