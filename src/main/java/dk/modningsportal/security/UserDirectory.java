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
     * People of one organisation. Callers must have checked that the current user may read that
     * organisation's workspace; names of another organisation's staff are not secret, but are only
     * offered where they are needed.
     */
    public List<Person> peopleOf(long organisationId) {
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

    public UserAccount reference(long userId) {
        return accounts.getReferenceById(userId);
    }
}
