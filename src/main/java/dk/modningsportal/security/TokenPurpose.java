package dk.modningsportal.security;

import java.time.Duration;

/** What a one-time link is for, and how long it lives. */
public enum TokenPurpose {
    /** The first administrator's link, printed to the log on an empty installation. */
    SETUP(Duration.ofHours(24)),
    INVITATION(Duration.ofDays(7)),
    PASSWORD_RESET(Duration.ofHours(1));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
