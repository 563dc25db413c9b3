package dk.modningsportal.security;

import dk.modningsportal.base.AbstractEntity;
import dk.modningsportal.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

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
            Organisation organisation) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = Objects.requireNonNull(role);
        this.organisation = Objects.requireNonNull(organisation);
    }

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 200;
    public static final String ANONYMOUS_NAME = "Tidligere medarbejder";

    /** An invited person: no password until they accept the invitation. */
    static UserAccount invited(String email, String displayName, Role role, Organisation organisation) {
        return new UserAccount(email, displayName, email, null, role, organisation);
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

    void moveTo(Organisation newOrganisation) {
        this.organisation = Objects.requireNonNull(newOrganisation);
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

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
