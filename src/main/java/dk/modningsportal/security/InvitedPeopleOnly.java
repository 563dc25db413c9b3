package dk.modningsportal.security;

import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single sign-on lets in only people the portal has invited: the provider's verified e-mail address must
 * belong to exactly one enabled account. An open invitation counts as accepted by the first sign-in.
 */
class InvitedPeopleOnly implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(InvitedPeopleOnly.class);

    private final OidcUserService provider = new OidcUserService();
    private final UserAccountRepository accounts;
    private final OneTimeLinks links;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PortalUsers portalUsers;

    InvitedPeopleOnly(UserAccountRepository accounts, OneTimeLinks links, ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock, PortalUsers portalUsers) {
        this.portalUsers = portalUsers;
        this.accounts = accounts;
        this.links = links;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provided = provider.loadUser(request);
        String email = provided.getEmail();
        if (email == null || Boolean.FALSE.equals(provided.getEmailVerified())) {
            throw refuse("The identity provider sent no verified e-mail address");
        }
        return transaction.execute(status -> {
            List<UserAccount> matching = accounts.findEnabledByEmail(email.strip());
            if (matching.size() != 1) {
                log.warn("Single sign-on refused: no single invited account for the provider's address");
                events.publishEvent(Audited.of(AuditAction.LOGIN_FAILED, Audited.ACCOUNT, null, "SSO", null)
                        .by(null, "SSO: " + email));
                throw refuse("Not invited");
            }
            UserAccount account = matching.get(0);
            links.useOpenInvitations(account, clock.instant());
            events.publishEvent(Audited.of(AuditAction.LOGIN, Audited.ACCOUNT, account.getId(), account.getUsername(),
                    account.getOrganisationId()).change(null, "SSO")
                    .by(account.getId(), account.getDisplayName() + " (" + account.getUsername() + ")"));
            return new SsoPortalUser(portalUsers.of(account), provided);
        });
    }

    private static OAuth2AuthenticationException refuse(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null));
    }
}
