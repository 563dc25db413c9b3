package dk.modningsportal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows and then stops guessing (OWASP ASVS V2.2), in the database so every node sees the same counts:
 * <ul>
 * <li>per account name: after a failure the name waits 1, 2, 4, 8 seconds; from the fifth failure in a row
 * it is locked for 15 minutes, doubling with each failure after a lock, at most 24 hours; a success clears it;</li>
 * <li>per address: from the 30th failure within an hour the address is locked for 15 minutes (a
 * municipality's staff share one address, so this limit is looser).</li>
 * </ul>
 * Attempts while locked are refused without looking at the password and are not counted, so a lock ends.
 * Unknown names are counted like known ones: the answer never tells whether an account exists.
 */
@Component
class LoginThrottle {

    static final int ACCOUNT_LOCK_AFTER = 5;
    static final Duration ACCOUNT_LOCK = Duration.ofMinutes(15);
    static final Duration MAX_LOCK = Duration.ofHours(24);
    static final int ADDRESS_LOCK_AFTER = 30;
    static final Duration ADDRESS_WINDOW = Duration.ofHours(1);
    static final Duration ADDRESS_LOCK = Duration.ofMinutes(15);
    /** A name's count starts again after a day without failures. */
    static final Duration ACCOUNT_WINDOW = Duration.ofHours(24);

    private final LoginThrottleRepository entries;
    private final Clock clock;

    LoginThrottle(LoginThrottleRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Until when sign-in under this name or from this address is refused, if it is now. */
    @Transactional(readOnly = true)
    public Optional<Instant> blockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant until = null;
        for (String key : new String[] {accountKey(username), addressKey(address)}) {
            if (key == null) {
                continue;
            }
            Optional<LoginThrottleEntry> entry = entries.findById(key).filter(e -> e.lockedAt(now));
            if (entry.isPresent() && (until == null || entry.get().getLockedUntil().isAfter(until))) {
                until = entry.get().getLockedUntil();
            }
        }
        return Optional.ofNullable(until);
    }

    /** Counts a failure; returns true when it starts a lock (not a mere short delay) of the name or the address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean failed(String username, String address) {
        Instant now = clock.instant();
        boolean locked = false;
        LoginThrottleEntry account = entry(accountKey(username), now, ACCOUNT_WINDOW);
        int failures = account.getFailures() + 1;
        Duration wait = failures < ACCOUNT_LOCK_AFTER
                ? Duration.ofSeconds(1L << (failures - 1))
                : min(ACCOUNT_LOCK.multipliedBy(1L << Math.min(failures - ACCOUNT_LOCK_AFTER, 10)), MAX_LOCK);
        account.fail(now, now.plus(wait));
        locked |= failures >= ACCOUNT_LOCK_AFTER;
        entries.save(account);
        String addressKey = addressKey(address);
        if (addressKey != null) {
            LoginThrottleEntry byAddress = entry(addressKey, now, ADDRESS_WINDOW);
            int addressFailures = byAddress.getFailures() + 1;
            boolean lockAddress = addressFailures >= ADDRESS_LOCK_AFTER;
            byAddress.fail(now, lockAddress ? now.plus(ADDRESS_LOCK) : null);
            locked |= lockAddress;
            entries.save(byAddress);
        }
        return locked;
    }

    /** A correct password clears the name's count (not the address's: one good account must not hide guessing). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        entries.findById(accountKey(username)).ifPresent(entries::delete);
    }

    private LoginThrottleEntry entry(String key, Instant now, Duration window) {
        LoginThrottleEntry entry = entries.findById(key).orElseGet(() -> new LoginThrottleEntry(key, now));
        if (entry.getFailures() > 0 && entry.getLastFailureAt().plus(window).isBefore(now) && !entry.lockedAt(now)) {
            entry.restart();
        }
        return entry;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The name as typed is not kept (people type the oddest things there): only its hash. */
    static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "user:" + OneTimeLinks.hash(name);
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "address:" + address;
    }
}
