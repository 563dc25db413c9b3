package dk.modningsportal.security;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.organisation.OrganisationService.OrganisationRef;
import dk.modningsportal.organisation.OrganisationService;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's accounts: invitations with one-time links, role and organisation changes, deactivation and
 * anonymisation. Administrators do all of it for everyone; an organisation's project leader invites,
 * deactivates and reactivates team members of their own organisation and nothing else.
 */
@Service
@Transactional(readOnly = true)
public class AccountAdministration {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public enum AccountState {
        ACTIVE, ACCEPTED, INVITED, INVITATION_EXPIRED, DEACTIVATED, ANONYMISED
    }

    public record AccountRow(long id, long version, String username, String displayName, String email, Role role,
            long organisationId, String organisationName, AccountState state, Instant invitedAt) {
    }

    public record Invitation(String displayName, String email, Role role, Long organisationId) {
    }

    /** The link is shown to the inviter only when no mail server could send it. */
    public record InvitationSent(long userId, String displayName, String link, boolean mailed) {
    }

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final OrganisationService organisations;
    private final OneTimeLinks links;
    private final AccountMail mail;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final UserDirectory directory;

    AccountAdministration(UserAccountRepository accounts, AccountTokenRepository tokens,
            OrganisationService organisations, OneTimeLinks links, AccountMail mail, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, UserDirectory directory) {
        this.directory = directory;
        this.accounts = accounts;
        this.tokens = tokens;
        this.organisations = organisations;
        this.links = links;
        this.mail = mail;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the current user administers every account (else only their own organisation's team). */
    public boolean administersAll() {
        return currentUser.get().map(u -> u.role() == Role.ADMIN).orElse(false);
    }

    /** The roles the current user may give in an invitation. */
    public List<Role> invitableRoles() {
        PortalUser user = requireAdministrator();
        return user.role() == Role.ADMIN ? List.of(Role.values()) : List.of(Role.TEAM_MEMBER);
    }

    /** Logged once per opening of the account list by an administrator (ASVS: access to personal data is audited). */
    @Transactional
    public void listOpened() {
        PortalUser user = requireAdministrator();
        if (user.role() == Role.ADMIN) {
            events.publishEvent(Audited.of(AuditAction.ACCOUNTS_VIEWED, Audited.ACCOUNT, null, "Brugerlisten", null));
        }
    }

    public int count(String search) {
        PortalUser user = requireAdministrator();
        return (int) accounts.countSearch(scope(user), TextRules.likePattern(search), organisationsNamed(search));
    }

    /** One page of the accounts the current user administers, by name. */
    public List<AccountRow> page(String search, int offset, int limit) {
        PortalUser user = requireAdministrator();
        int size = Math.max(1, limit);
        List<UserAccount> page = accounts.search(scope(user), TextRules.likePattern(search), organisationsNamed(search),
                PageRequest.of(offset / size, size)).getContent();
        Map<Long, AccountToken> invitations = page.isEmpty() ? Map.of()
                : tokens.findLatestInvitations(page.stream().map(UserAccount::getId).toList()).stream()
                        .collect(Collectors.toMap(t -> t.getAccount().getId(), Function.identity(), (a, b) -> a));
        Instant now = clock.instant();
        Map<Long, String> names = organisations.namesOf(page.stream().map(UserAccount::getOrganisationId)
                .collect(Collectors.toSet()));
        return page.stream().map(account -> row(account, names::get, invitations.get(account.getId()), now)).toList();
    }

    /** The organisations a search names, so that their people are found too (none: an id no organisation has). */
    private java.util.Set<Long> organisationsNamed(String search) {
        java.util.Set<Long> named = search == null || search.isBlank() ? java.util.Set.of()
                : organisations.idsNamedLike(search.strip());
        return named.isEmpty() ? java.util.Set.of(-1L) : named;
    }

    @Transactional
    public InvitationSent invite(Invitation invitation) {
        PortalUser inviter = requireAdministrator();
        OrganisationRef organisation = validate(inviter, invitation);
        UserAccount account = accounts.save(UserAccount.invited(invitation.email().strip().toLowerCase(Locale.ROOT),
                invitation.displayName().strip(), invitation.role(), organisation.id()));
        return sendInvitation(inviter, account, AuditAction.INVITATION_SENT);
    }

    /** A new link for someone who has not accepted yet; the earlier link stops working. */
    @Transactional
    public InvitationSent resend(long userId) {
        PortalUser inviter = requireAdministrator();
        UserAccount account = administered(inviter, userId);
        if (account.hasPassword() || !account.isEnabled()) {
            throw new ValidationFailedException(Map.of("form", "validation.invitationAccepted"));
        }
        return sendInvitation(inviter, account, AuditAction.INVITATION_SENT);
    }

    private InvitationSent sendInvitation(PortalUser inviter, UserAccount account, AuditAction action) {
        String link = links.issue(account, TokenPurpose.INVITATION);
        boolean mailed = mail.sendLink("invitation", account.getEmail(), account.getDisplayName(), link,
                inviter.displayName());
        events.publishEvent(Audited.of(action, Audited.ACCOUNT, account.getId(), account.getUsername(),
                account.getOrganisationId()).change(null, account.getRole() + " i " + organisations.nameOf(account.getOrganisationId())));
        return new InvitationSent(account.getId(), account.getDisplayName(), mailed ? null : link, mailed);
    }

    /** Invites every row, or none: the caller previews first ({@link BulkInvitations}). */
    @Transactional
    public List<InvitationSent> inviteAll(Collection<Invitation> invitations) {
        return invitations.stream().map(this::invite).toList();
    }

    /** Problems of one invitation (field → message key), without creating anything; used by the CSV preview. */
    public Map<String, String> problems(Invitation invitation) {
        try {
            validate(requireAdministrator(), invitation);
            return Map.of();
        } catch (ValidationFailedException invalid) {
            return invalid.getFieldMessageKeys();
        }
    }

    /** Administrators only: a new role and organisation, refused if someone changed the account since it was read. */
    @Transactional
    public void changeRole(long userId, long expectedVersion, Role role, long organisationId) {
        PortalUser admin = requireAdmin();
        UserAccount account = find(userId);
        if (account.getVersion() != expectedVersion) {
            throw new ValidationFailedException(Map.of("form", "validation.staleEdit"));
        }
        if (account.getId() == admin.id() && role != Role.ADMIN) {
            throw new ValidationFailedException(Map.of("role", "validation.ownAdminRole"));
        }
        if (role == null) {
            throw new ValidationFailedException(Map.of("role", TextRules.REQUIRED));
        }
        OrganisationRef organisation = organisations.requireActive(organisationId, "organisation");
        if (account.getRole() != role) {
            events.publishEvent(Audited.of(AuditAction.ROLE_CHANGED, Audited.ACCOUNT, userId, account.getUsername(),
                    account.getOrganisationId()).change(account.getRole(), role));
            account.changeRole(role);
        }
        if (account.getOrganisationId() != organisation.id()) {
            OrganisationRef before = organisations.ref(account.getOrganisationId()).orElseThrow();
            // Both organisations' leaders read that the person moved.
            events.publishEvent(Audited.of(AuditAction.ORGANISATION_OF_PERSON_CHANGED, Audited.ACCOUNT, userId,
                    account.getUsername(), before.id()).change(before.name(), organisation.name()));
            events.publishEvent(Audited.of(AuditAction.ORGANISATION_OF_PERSON_CHANGED, Audited.ACCOUNT, userId,
                    account.getUsername(), organisation.id()).change(before.name(), organisation.name()));
            account.moveTo(organisation.id());
        }
    }

    /** A deactivated person cannot sign in; what they wrote keeps their name. */
    @Transactional
    public void setActive(long userId, boolean active) {
        PortalUser user = requireAdministrator();
        UserAccount account = administered(user, userId);
        if (account.getId() == user.id()) {
            throw new ValidationFailedException(Map.of("form", "validation.ownAccount"));
        }
        if (account.isAnonymised() || account.isEnabled() == active) {
            return;
        }
        account.setEnabled(active);
        if (!active) {
            links.revokeOpen(account, List.of(TokenPurpose.values()));
        }
        events.publishEvent(Audited.of(active ? AuditAction.ACCOUNT_REACTIVATED : AuditAction.ACCOUNT_DEACTIVATED,
                Audited.ACCOUNT, userId, account.getUsername(), account.getOrganisationId()));
    }

    /** Administrators only, for someone who has left: name "Tidligere medarbejder", no address or login; content kept. */
    @Transactional
    public void anonymise(long userId) {
        PortalUser admin = requireAdmin();
        UserAccount account = find(userId);
        if (account.getId() == admin.id()) {
            throw new ValidationFailedException(Map.of("form", "validation.ownAccount"));
        }
        links.revokeOpen(account, List.of(TokenPurpose.values()));
        account.anonymise();
        directory.forgetName(userId);
        events.publishEvent(Audited.of(AuditAction.ACCOUNT_ANONYMISED, Audited.ACCOUNT, userId, account.getUsername(),
                account.getOrganisationId()));
    }

    private OrganisationRef validate(PortalUser inviter, Invitation invitation) {
        Map<String, String> errors = new HashMap<>();
        TextRules.check(errors, "displayName", invitation.displayName(), true, UserAccount.NAME_MAX);
        String email = TextRules.trimToNull(invitation.email());
        if (email == null) {
            errors.put("email", TextRules.REQUIRED);
        } else if (email.length() > UserAccount.EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            errors.put("email", "validation.email");
        } else if (accounts.existsByAddress(email)) {
            errors.put("email", "validation.emailTaken");
        }
        if (invitation.role() == null) {
            errors.put("role", TextRules.REQUIRED);
        } else if (inviter.role() != Role.ADMIN && invitation.role() != Role.TEAM_MEMBER) {
            throw refuse(inviter, "invite a " + invitation.role());
        }
        OrganisationRef organisation = null;
        if (invitation.organisationId() == null) {
            errors.put("organisation", TextRules.REQUIRED);
        } else if (inviter.role() != Role.ADMIN && invitation.organisationId() != inviter.organisationId()) {
            throw refuse(inviter, "invite into organisation " + invitation.organisationId());
        } else {
            try {
                organisation = organisations.requireActive(invitation.organisationId(), "organisation");
            } catch (ValidationFailedException unknown) {
                errors.putAll(unknown.getFieldMessageKeys());
            }
        }
        TextRules.throwIfAny(errors);
        return organisation;
    }

    private UserAccount administered(PortalUser user, long userId) {
        UserAccount account = find(userId);
        if (user.role() == Role.ADMIN) {
            return account;
        }
        if (account.getOrganisationId() != user.organisationId() || account.getRole() != Role.TEAM_MEMBER) {
            throw refuse(user, "administer account " + userId);
        }
        return account;
    }

    private UserAccount find(long userId) {
        return accounts.findById(userId)
                .orElseThrow(() -> new NotFoundException("error.accountRefused", "No account " + userId));
    }

    private static Long scope(PortalUser user) {
        return user.role() == Role.ADMIN ? null : user.organisationId();
    }

    private PortalUser requireAdministrator() {
        PortalUser user = currentUser.require();
        if (user.role() != Role.ADMIN && user.role() != Role.PROJECT_LEADER) {
            throw refuse(user, "administer accounts");
        }
        return user;
    }

    private PortalUser requireAdmin() {
        PortalUser user = currentUser.require();
        if (user.role() != Role.ADMIN) {
            throw refuse(user, "administer every account");
        }
        return user;
    }

    private static AccessRefusedException refuse(PortalUser user, String what) {
        return new AccessRefusedException("error.accountRefused", user + " may not " + what);
    }

    private static AccountRow row(UserAccount account, java.util.function.LongFunction<String> organisationNames,
            AccountToken invitation, Instant now) {
        AccountState state;
        if (account.isAnonymised()) {
            state = AccountState.ANONYMISED;
        } else if (!account.isEnabled()) {
            state = AccountState.DEACTIVATED;
        } else if (account.hasPassword()) {
            state = invitation != null && invitation.getUsedAt() != null ? AccountState.ACCEPTED : AccountState.ACTIVE;
        } else if (invitation != null && invitation.usableAt(now)) {
            state = AccountState.INVITED;
        } else {
            state = AccountState.INVITATION_EXPIRED;
        }
        return new AccountRow(account.getId(), account.getVersion(), account.getUsername(), account.getDisplayName(),
                account.getEmail(), account.getRole(), account.getOrganisationId(),
                organisationNames.apply(account.getOrganisationId()), state, invitation == null ? null : invitation.getCreatedAt());
    }
}
