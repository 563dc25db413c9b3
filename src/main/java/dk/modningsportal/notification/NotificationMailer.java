package dk.modningsportal.notification;

import dk.modningsportal.base.DanishTime;
import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.Languages;
import dk.modningsportal.security.UserDirectory;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails people what they have not yet read in the portal, as each of them chose: every new notification
 * within a minute, or a digest at 07:00 every day or every Monday. A digest groups the notifications by
 * item (three comments on one trial action are one entry "3 new"), items with the newest news first.
 * Without an SMTP server configured ({@code spring.mail.host}) nothing is mailed and nothing is lost: the
 * notifications wait in the portal.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    static final LocalTime DIGEST_TIME = LocalTime.of(7, 0);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d. MMM 'kl.' HH:mm",
            Languages.DANISH);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationRepository notifications;
    private final NotificationSettingsRepository settings;
    private final UserDirectory userDirectory;
    private final I18NProvider i18n;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    private final String baseUrl;
    private final List<MailAttachments> attachmentProviders;
    private final dk.modningsportal.operations.ClusterJobs jobs;

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, NotificationRepository notifications,
            NotificationSettingsRepository settings, UserDirectory userDirectory, I18NProvider i18n,
            TransactionTemplate transaction, Clock clock,
            @Value("${portal.mail.from:modningsportalen@localhost}") String from,
            @Value("${portal.base-url:http://localhost:8080}") String baseUrl, List<MailAttachments> attachmentProviders,
            dk.modningsportal.operations.ClusterJobs jobs) {
        this.jobs = jobs;
        this.attachmentProviders = attachmentProviders;
        this.mailSender = mailSender;
        this.notifications = notifications;
        this.settings = settings;
        this.userDirectory = userDirectory;
        this.i18n = i18n;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** Every node fires; one sends (a digest goes out once however many nodes run). */
    @Scheduled(fixedDelayString = "${portal.mail.every:PT1M}", initialDelayString = "${portal.mail.every:PT1M}")
    void scheduled() {
        jobs.runOnce("notification-mail", java.time.Duration.ofSeconds(20), java.time.Duration.ofMinutes(15),
                () -> sendDue(clock.instant()));
    }

    /** A composed mail and the notifications it carries, read in one short transaction. */
    private record Outgoing(String to, String subject, String text, List<MailAttachments.Attachment> files,
            List<Long> notificationIds, int count, EmailFrequency frequency) {
    }

    /**
     * Sends every mail due at this moment. The notifications are the outbox: each person's mail is composed
     * in a short read, sent with no transaction open (a slow mail server holds no locks), and only then are
     * its notifications marked mailed. A failed send marks nothing, so the next round tries again.
     */
    synchronized int sendDue(Instant now) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (long recipient : notifications.findRecipientsWithMailPending()) {
            Outgoing mail = transaction.execute(status -> compose(recipient, now));
            if (mail == null) {
                continue;
            }
            try {
                send(sender, mail.to(), mail.subject(), mail.text(), mail.files());
            } catch (MailException failed) {
                log.warn("Could not mail user {}; trying again at the next round", recipient, failed);
                continue;
            }
            transaction.executeWithoutResult(status -> markMailed(recipient, mail.notificationIds(), now));
            log.info("Mailed {} notification(s) to user {} ({})", mail.count(), recipient, mail.frequency());
            sent++;
        }
        return sent;
    }

    private Outgoing compose(long recipient, Instant now) {
        NotificationSettings mine = settings.findByUserId(recipient).orElseGet(() -> new NotificationSettings(recipient));
        List<Notification> pending = notifications.findToMail(recipient);
        Optional<String> address = userDirectory.emailOf(recipient);
        if (pending.isEmpty() || address.isEmpty() || !due(mine, pending, now)) {
            return null;
        }
        return new Outgoing(address.get(), subject(mine.getEmailFrequency(), pending),
                body(userDirectory.displayNameOf(recipient), pending), attachments(pending),
                pending.stream().map(Notification::getId).toList(), pending.size(), mine.getEmailFrequency());
    }

    private void markMailed(long recipient, List<Long> notificationIds, Instant now) {
        notifications.findAllById(notificationIds).forEach(n -> n.markMailed(now));
        NotificationSettings mine = settings.findByUserId(recipient).orElseGet(() -> new NotificationSettings(recipient));
        mine.digestSent(now);
        settings.save(mine);
    }

    /** One file per item (a meeting's calendar file once, however many of its notifications wait). */
    private List<MailAttachments.Attachment> attachments(List<Notification> pending) {
        Map<String, MailAttachments.Attachment> files = new LinkedHashMap<>();
        for (Notification n : pending) {
            for (MailAttachments provider : attachmentProviders) {
                provider.forNotification(n.getKind(), n.getGroupKey())
                        .forEach(a -> files.putIfAbsent(n.getGroupKey() + "/" + a.fileName(), a));
            }
        }
        return List.copyOf(files.values());
    }

    private void send(JavaMailSender sender, String to, String subject, String text,
            List<MailAttachments.Attachment> files) {
        if (files.isEmpty()) {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(to);
            mail.setSubject(subject);
            mail.setText(text);
            sender.send(mail);
            return;
        }
        try {
            MimeMessage mail = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text);
            for (MailAttachments.Attachment file : files) {
                helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
            }
            sender.send(mail);
        } catch (MessagingException failed) {
            throw new MailPreparationException("Could not compose the mail to " + to, failed);
        }
    }

    /** At once, or a digest once its 07:00 has passed and something has waited since before it. */
    static boolean due(NotificationSettings settings, List<Notification> pending, Instant now) {
        return switch (settings.getEmailFrequency()) {
            case NONE -> false;
            case IMMEDIATELY -> true;
            case DAILY, WEEKLY -> {
                Instant boundary = lastDigestTime(now, settings.getEmailFrequency() == EmailFrequency.WEEKLY);
                Instant oldest = pending.stream().map(Notification::getCreatedAt).min(Comparator.naturalOrder())
                        .orElseThrow();
                Instant last = settings.getLastDigestAt();
                yield oldest.isBefore(boundary) && (last == null || last.isBefore(boundary));
            }
        };
    }

    /** The latest 07:00 (on a Monday, for weekly digests) at or before now, in Danish time. */
    static Instant lastDigestTime(Instant now, boolean weekly) {
        ZonedDateTime local = now.atZone(DanishTime.ZONE);
        ZonedDateTime candidate = local.with(DIGEST_TIME);
        if (weekly) {
            candidate = candidate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        if (candidate.isAfter(local)) {
            candidate = weekly ? candidate.minusWeeks(1) : candidate.minusDays(1);
        }
        return candidate.toInstant();
    }

    private String subject(EmailFrequency frequency, List<Notification> pending) {
        if (pending.size() == 1) {
            Notification only = pending.get(0);
            return t("mail.subject.one", text(only), only.getSubject());
        }
        return t("mail.subject." + frequency.name(), pending.size());
    }

    /** The items with the newest news first; within an item, its notifications newest first. */
    private String body(String name, List<Notification> pending) {
        Map<String, List<Notification>> byItem = new LinkedHashMap<>();
        pending.stream().sorted(Comparator.comparing(Notification::getCreatedAt).reversed())
                .forEach(n -> byItem.computeIfAbsent(n.getGroupKey(), k -> new java.util.ArrayList<>()).add(n));
        StringBuilder text = new StringBuilder(t("mail.greeting", name)).append("\n\n");
        byItem.values().forEach(item -> {
            Notification newest = item.get(0);
            text.append(newest.getSubject());
            if (item.size() > 1) {
                text.append(' ').append(t("mail.newCount", item.size()));
            }
            text.append('\n');
            item.forEach(n -> {
                text.append("  • ").append(text(n)).append(", ").append(WHEN.format(n.getCreatedAt().atZone(DanishTime.ZONE)));
                if (n.getExcerpt() != null) {
                    text.append(": “").append(n.getExcerpt()).append('”');
                }
                text.append('\n');
            });
            text.append("  ").append(baseUrl).append(newest.getLink()).append("\n\n");
        });
        text.append(t("mail.footer", baseUrl + "notifications"));
        return text.toString();
    }

    private String text(Notification n) {
        return t("notification.text." + n.getKind().name(), n.getActorName() == null ? "" : n.getActorName());
    }

    private String t(String key, Object... params) {
        return i18n.getTranslation(key, Languages.DANISH, params);
    }
}
