package dk.modningsportal.security;

import dk.modningsportal.base.AccessRefusedException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up people by organisation, for pickers and administration. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    public record Person(long id, String displayName, long organisationId) {
    }

    public record AccountRow(String username, String displayName, Role role, String organisationName, boolean enabled) {
    }

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    UserDirectory(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /**
     * People of one organisation, without an access check: for services that have checked that the
     * current user may read that organisation's workspace ({@code WorkspaceAccess.team} does).
     */
    public List<Person> peopleOfOrganisation(long organisationId) {
        return accounts.findEnabledByOrganisation(organisationId).stream()
                .map(u -> new Person(u.getId(), u.getDisplayName(), organisationId))
                .toList();
    }

    /** Every account, for administrators only. */
    public List<AccountRow> allAccounts() {
        PortalUser user = currentUser.require();
        if (user.role() != Role.ADMIN) {
            throw new AccessRefusedException("error.accessRefused", user + " asked for the account list");
        }
        return accounts.findAllWithOrganisation().stream()
                .map(u -> new AccountRow(u.getUsername(), u.getDisplayName(), u.getRole(),
                        u.getOrganisation().getName(), u.isEnabled()))
                .toList();
    }

    /** The organisation an account belongs to, as stored (never as a caller claims). */
    public long organisationOf(long userId) {
        return accounts.findById(userId).map(u -> u.getOrganisation().getId()).orElse(-1L);
    }

    public UserAccount reference(long userId) {
        return accounts.getReferenceById(userId);
    }
}
