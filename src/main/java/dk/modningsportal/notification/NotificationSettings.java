package dk.modningsportal.notification;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** One person's choices: which kinds they are told about, and how often by mail. Absent means the defaults. */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings extends AbstractEntity {

    /** Municipal staff live in their mail, but a daily digest rather than a mail per comment. */
    static final EmailFrequency DEFAULT_FREQUENCY = EmailFrequency.DAILY;

    @Column(name = "user_id", nullable = false, unique = true)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_frequency", nullable = false, length = 20)
    private EmailFrequency emailFrequency = DEFAULT_FREQUENCY;

    @Column(name = "muted_kinds", nullable = false, length = 300)
    private String mutedKinds = "";

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

    protected NotificationSettings() {
    }

    NotificationSettings(long userId) {
        this.userId = userId;
    }

    public EmailFrequency getEmailFrequency() {
        return emailFrequency;
    }

    public Set<NotificationKind> getMutedKinds() {
        return mutedKinds.isBlank() ? EnumSet.noneOf(NotificationKind.class)
                : Arrays.stream(mutedKinds.split(",")).map(NotificationKind::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(NotificationKind.class)));
    }

    long getUserId() {
        return userId;
    }

    boolean wants(NotificationKind kind) {
        return !getMutedKinds().contains(kind);
    }

    void choose(EmailFrequency frequency, Set<NotificationKind> muted) {
        this.emailFrequency = frequency;
        this.mutedKinds = muted.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    Instant getLastDigestAt() {
        return lastDigestAt;
    }

    void digestSent(Instant at) {
        this.lastDigestAt = at;
    }
}
