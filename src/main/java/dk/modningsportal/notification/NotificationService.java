package dk.modningsportal.notification;

import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.live.Change;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what concerns whom, respecting each person's choices, and reads a person's own notifications.
 * Callers decide who may be told (they have checked who can read the item); a person only ever reads,
 * marks and configures their own.
 */
@Service
@Transactional
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    public record NotificationRow(long id, NotificationKind kind, String subject, String actorName, String excerpt,
            String link, Instant createdAt, boolean read) {
    }

    public record Settings(EmailFrequency emailFrequency, Set<NotificationKind> wanted, boolean hasEmail) {
    }

    private final NotificationRepository notifications;
    private final NotificationSettingsRepository settings;
    private final CurrentUser currentUser;
    private final UserDirectory userDirectory;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NotificationService(NotificationRepository notifications, NotificationSettingsRepository settings,
            CurrentUser currentUser, UserDirectory userDirectory, Clock clock, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.settings = settings;
        this.currentUser = currentUser;
        this.userDirectory = userDirectory;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Tells the recipients who want this kind, never the person who caused it. Who is told is decided in the
     * caller's transaction; their notifications are written after it commits ({@link #on}), and their screens hear
     * of it then. Returns who is told.
     */
    public Set<Long> send(Notice notice, Collection<Long> recipientIds) {
        Long actor = currentUser.get().map(PortalUser::id).orElse(null);
        Set<Long> told = new LinkedHashSet<>(recipientIds);
        told.remove(actor);
        // One query for everyone's choices: a published version may tell hundreds of people.
        if (!told.isEmpty()) {
            settings.findByUserIdIn(told).stream().filter(s -> !s.wants(notice.kind()))
                    .forEach(s -> told.remove(s.getUserId()));
            if (!told.isEmpty()) {
                events.publishEvent(new NoticesDue(notice, List.copyOf(told), clock.instant()));
            }
        }
        return told;
    }

    @org.springframework.modulith.events.ApplicationModuleListener
    void on(NoticesDue due) {
        for (long recipient : due.recipientIds()) {
            notifications.save(new Notification(recipient, due.notice(), due.createdAt()));
            events.publishEvent(Change.forUser(recipient));
        }
    }

    /** A reminder about one item is given once: returns false if this recipient already had it. */
    public boolean sendOnce(Notice notice, long recipientId) {
        if (notifications.existsByRecipientIdAndGroupKeyAndKind(recipientId, notice.groupKey(), notice.kind())) {
            return false;
        }
        return !send(notice, List.of(recipientId)).isEmpty();
    }

    @Transactional(readOnly = true)
    public List<NotificationRow> latest(int max) {
        return notifications.findLatest(currentUser.require().id(), PageRequest.of(0, max)).stream()
                .map(n -> new NotificationRow(n.getId(), n.getKind(), n.getSubject(), n.getActorName(), n.getExcerpt(),
                        n.getLink(), n.getCreatedAt(), n.isRead()))
                .toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countUnread(currentUser.require().id());
    }

    /** Marks one of one's own notifications read; someone else's is "not found", never touched. */
    public void markRead(long notificationId) {
        PortalUser user = currentUser.require();
        Notification notification = notifications.findById(notificationId)
                .filter(n -> n.getRecipientId() == user.id())
                .orElseThrow(() -> {
                    log.warn("Refused notification {} to {}", notificationId, user);
                    return new NotFoundException("error.notificationRefused", "No notification " + notificationId);
                });
        notification.markRead(clock.instant());
        events.publishEvent(Change.forUser(user.id()));
    }

    public void markAllRead() {
        PortalUser user = currentUser.require();
        notifications.markAllRead(user.id(), clock.instant());
        events.publishEvent(Change.forUser(user.id()));
    }

    @Transactional(readOnly = true)
    public Settings settings() {
        PortalUser user = currentUser.require();
        NotificationSettings mine = settings.findByUserId(user.id()).orElseGet(() -> new NotificationSettings(user.id()));
        Set<NotificationKind> wanted = EnumSet.allOf(NotificationKind.class);
        wanted.removeAll(mine.getMutedKinds());
        return new Settings(mine.getEmailFrequency(), wanted, userDirectory.emailOf(user.id()).isPresent());
    }

    public void saveSettings(EmailFrequency frequency, Set<NotificationKind> wanted) {
        PortalUser user = currentUser.require();
        NotificationSettings mine = settings.findByUserId(user.id()).orElseGet(() -> new NotificationSettings(user.id()));
        Set<NotificationKind> muted = EnumSet.allOf(NotificationKind.class);
        muted.removeAll(wanted);
        mine.choose(frequency == null ? NotificationSettings.DEFAULT_FREQUENCY : frequency, muted);
        settings.save(mine);
        log.info("{} chose mail {} and muted {}", user, frequency, muted);
    }
}
