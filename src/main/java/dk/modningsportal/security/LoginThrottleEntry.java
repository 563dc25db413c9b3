package dk.modningsportal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Failed sign-ins under one key: an account name ("user:…") or an address ("address:…"). */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry {

    @Id
    @dk.modningsportal.base.NotFreeText
    @Column(name = "throttle_key", length = 300)
    private String key;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottleEntry() {
    }

    LoginThrottleEntry(String key, Instant now) {
        this.key = key;
        this.lastFailureAt = now;
    }

    int fail(Instant now, Instant lockUntil) {
        failures++;
        lastFailureAt = now;
        lockedUntil = lockUntil;
        return failures;
    }

    void restart() {
        failures = 0;
        lockedUntil = null;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    int getFailures() {
        return failures;
    }

    Instant getLastFailureAt() {
        return lastFailureAt;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }
}
