package dk.modningsportal.security;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;

@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "email", length = 200)
    private String email;

    /** Null until the person sets a password through their invitation or set-up link. */
    @dk.modningsportal.base.NotFreeText
    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Role role;

    /** The organisation the person works in (the organisation module's, by id). */
    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /** "da" or "en": the language the portal opens in after sign-in; null means Danish. */
    @Column(name = "language", length = 5)
    private String language;

    @Column(name = "anonymised", nullable = false)
    private boolean anonymised;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Role role,
            long organisationId) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = Objects.requireNonNull(role);
        this.organisationId = organisationId;
    }

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 200;
    public static final String ANONYMOUS_NAME = "Tidligere medarbejder";

    /** An invited person: no password until they accept the invitation. */
    static UserAccount invited(String email, String displayName, Role role, long organisationId) {
        return new UserAccount(email, displayName, email, null, role, organisationId);
    }

    void setPasswordHash(String hash) {
        this.passwordHash = Objects.requireNonNull(hash);
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    void describe(String newDisplayName, String newEmail) {
        this.displayName = Objects.requireNonNull(newDisplayName);
        this.email = newEmail;
    }

    void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole);
    }

    void moveTo(long newOrganisationId) {
        this.organisationId = newOrganisationId;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    /** Keeps the person's content under a neutral name; removes what identifies them and how to log in. */
    void anonymise() {
        this.displayName = ANONYMOUS_NAME;
        this.username = "tidligere-" + getId();
        this.email = null;
        this.passwordHash = null;
        this.enabled = false;
        this.anonymised = true;
        this.language = null;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isAnonymised() {
        return anonymised;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
