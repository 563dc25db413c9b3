package dk.modningsportal.security;

import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.organisation.OrganisationService.OrganisationRef;
import dk.modningsportal.organisation.OrganisationService;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an installation without an administrator, {@code PORTAL_ADMIN_EMAIL} creates one without a password
 * and prints a one-time set-up link (24 hours) to the log, mailing it too when mail is configured. There
 * is no default password; with an administrator present nothing happens. Runs after the demo data.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository accounts;
    private final OrganisationService organisations;
    private final OneTimeLinks links;
    private final AccountMail mail;
    private final ApplicationEventPublisher events;
    private final String email;
    private final String username;

    FirstAdministrator(UserAccountRepository accounts, OrganisationService organisations, OneTimeLinks links,
            AccountMail mail, ApplicationEventPublisher events, @Value("${portal.admin.email:}") String email,
            @Value("${portal.admin.username:}") String username) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.links = links;
        this.mail = mail;
        this.events = events;
        this.email = email.strip();
        this.username = username.strip();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsUsableAdministrator()) {
            return;
        }
        if (email.isEmpty()) {
            log.warn("No administrator exists. Start the portal with PORTAL_ADMIN_EMAIL=<address> to create one.");
            return;
        }
        OrganisationRef agency = organisations.nationalAgency();
        String name = (username.isEmpty() ? email : username).toLowerCase(Locale.ROOT);
        UserAccount admin = accounts.findByUsername(name)
                .orElseGet(() -> accounts.save(new UserAccount(name, "Administrator", email, null, Role.ADMIN, agency.id())));
        if (admin.getRole() != Role.ADMIN) {
            log.error("PORTAL_ADMIN_USERNAME {} belongs to an account that is not an administrator; nothing created", name);
            return;
        }
        String link = links.issue(admin, TokenPurpose.SETUP);
        mail.sendLink("setup", email, admin.getDisplayName(), link, null);
        events.publishEvent(Audited.of(AuditAction.SETUP_LINK_CREATED, Audited.ACCOUNT, admin.getId(), admin.getUsername(),
                agency.id()));
        log.info("Set-up link: {}", link);
        log.info("The link above sets the password of administrator '{}'. It works once, for 24 hours.", name);
    }
}
