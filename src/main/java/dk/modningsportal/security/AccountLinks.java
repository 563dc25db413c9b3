package dk.modningsportal.security;

import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.base.ValidationFailedException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a one-time link does for a person who is not signed in: set the first password (set-up and
 * invitation links) or a new one (reset links), and asking for a reset link by address.
 */
@Service
public class AccountLinks {

    private static final Logger log = LoggerFactory.getLogger(AccountLinks.class);

    /** What the set-password page shows about a usable link. */
    public record LinkInfo(String displayName, String username, TokenPurpose purpose) {
    }

    private final OneTimeLinks links;
    private final UserAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AccountMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountLinks(OneTimeLinks links, UserAccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder,
            AccountMail mail, ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** The link's person, if the link can still be used (not used, not replaced, not expired, account enabled). */
    @Transactional(readOnly = true)
    public Optional<LinkInfo> describe(String token) {
        return links.usable(token).filter(t -> t.getAccount().isEnabled())
                .map(t -> new LinkInfo(t.getAccount().getDisplayName(), t.getAccount().getUsername(), t.getPurpose()));
    }

    /** Sets the password and uses up the link; returns the user name to sign in with. */
    @Transactional
    public String setPassword(String token, String password, String repeated) {
        AccountToken link = links.usable(token).filter(t -> t.getAccount().isEnabled())
                .orElseThrow(() -> new ValidationFailedException(Map.of("form", "validation.linkExpired")));
        UserAccount account = link.getAccount();
        policy.problem(password, account).ifPresent(key -> {
            throw new ValidationFailedException(Map.of("password", key));
        });
        if (!password.equals(repeated)) {
            throw new ValidationFailedException(Map.of("repeated", "validation.passwordsDiffer"));
        }
        account.setPasswordHash(encoder.encode(password));
        link.use(clock.instant());
        AuditAction action = link.getPurpose() == TokenPurpose.INVITATION ? AuditAction.INVITATION_ACCEPTED
                : AuditAction.PASSWORD_SET;
        events.publishEvent(Audited.of(action, Audited.ACCOUNT, account.getId(), account.getUsername(),
                account.getOrganisationId()).change(null, link.getPurpose()).by(account.getId(),
                account.getDisplayName() + " (" + account.getUsername() + ")"));
        return account.getUsername();
    }

    /**
     * Mails a reset link to the enabled account with this address. The caller shows the same answer
     * whether or not one exists, so the form cannot be used to learn who has an account.
     */
    @Transactional
    public void requestReset(String email) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty() || address.length() > UserAccount.EMAIL_MAX) {
            return;
        }
        for (UserAccount account : accounts.findEnabledByEmail(address)) {
            if (!account.hasPassword()) {
                continue; // not yet accepted: the invitation is the way in
            }
            String link = links.issue(account, TokenPurpose.PASSWORD_RESET);
            if (!mail.sendLink("reset", account.getEmail(), account.getDisplayName(), link, null)) {
                log.warn("Password reset asked for user {}, but no mail server is configured", account.getId());
            }
            events.publishEvent(Audited.of(AuditAction.PASSWORD_RESET_REQUESTED, Audited.ACCOUNT, account.getId(),
                    account.getUsername(), account.getOrganisationId()).by(null, "(glemt adgangskode)"));
        }
    }
}
