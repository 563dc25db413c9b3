package dk.modningsportal.security;

import dk.modningsportal.audit.AuditReader;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.organisation.OrganisationService.OrganisationRef;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as services see it: identity, role and organisation, no entity references. */
public class PortalUser implements UserDetails, CredentialsContainer, AuditReader {

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final long organisationId;
    private final String organisationName;
    private final OrganisationKind organisationKind;
    private String passwordHash;
    private String language;

    public PortalUser(long id, String username, String displayName, Role role, long organisationId,
            String organisationName, OrganisationKind organisationKind, String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.organisationKind = organisationKind;
        this.passwordHash = passwordHash;
    }

    /** The same person, for a subclass that adds how they signed in. */
    protected PortalUser(PortalUser user) {
        this(user.id, user.username, user.displayName, user.role, user.organisationId, user.organisationName,
                user.organisationKind, null);
        this.language = user.language;
    }

    static PortalUser of(UserAccount account, OrganisationRef organisation) {
        PortalUser user = new PortalUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole(), account.getOrganisationId(), organisation.name(), organisation.kind(),
                account.getPasswordHash());
        user.language = account.getLanguage();
        return user;
    }

    /** The language chosen under "Min konto" ("da" or "en"), or null for the default. */
    public String language() {
        return language;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public long organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    /** Socialstyrelsen's own staff (consultants, national management, administrators). */
    public boolean isNationalAgency() {
        return organisationKind == OrganisationKind.NATIONAL_AGENCY;
    }

    @Override
    public String auditName() {
        return displayName + " (" + username + ")";
    }

    @Override
    public boolean readsWholeAuditLog() {
        return role == Role.ADMIN;
    }

    @Override
    public boolean readsOwnOrganisationsAuditLog() {
        return role == Role.LEADER && !isNationalAgency();
    }

    @Override
    public boolean readsEnglish() {
        return "en".equals(language);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof PortalUser that && that.id == id;
    }

    @Override
    public final int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username + " (" + role + ", organisation " + organisationId + ")";
    }
}
