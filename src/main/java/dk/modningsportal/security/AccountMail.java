package dk.modningsportal.security;

import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mails one-time links (set-up, invitation, password reset) once the transaction that made the link has
 * committed, so a rolled-back invitation mails nothing and a slow mail server holds no database locks.
 * Without an SMTP server ({@code spring.mail.host}) nothing is mailed and callers show the link instead.
 */
@Component
class AccountMail {


    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final I18NProvider i18n;
    private final String from;

    AccountMail(ObjectProvider<JavaMailSender> mailSender, I18NProvider i18n,
            @Value("${portal.mail.from:modningsportalen@localhost}") String from) {
        this.mailSender = mailSender;
        this.i18n = i18n;
        this.from = from;
    }

    /** Sends the link mail of this kind ("invitation", "reset", "setup") after commit; false when no mail server is set. */
    boolean sendLink(String kind, String to, String name, String link, String invitedBy) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || to == null || to.isBlank()) {
            return false;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject(t("accountMail." + kind + ".subject"));
        mail.setText(t("mail.greeting", name) + "\n\n" + t("accountMail." + kind + ".body", invitedBy == null ? "" : invitedBy)
                + "\n\n  " + link + "\n\n" + t("accountMail." + kind + ".expiry") + "\n");
        Runnable send = () -> {
            try {
                sender.send(mail);
                log.info("Mailed a {} link to user {}", kind, name);
            } catch (MailException failed) {
                log.warn("Could not mail a {} link; the administrator can make a new one", kind, failed);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
        return true;
    }

    private String t(String key, Object... params) {
        return i18n.getTranslation(key, Languages.DANISH, params);
    }
}
