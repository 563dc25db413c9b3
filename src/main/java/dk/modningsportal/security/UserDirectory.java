package dk.modningsportal.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.modningsportal.base.ChangeStamp;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.organisation.OrganisationService;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Looks up people by organisation, for pickers and administration. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    public record Person(long id, String displayName, long organisationId) {
    }

    /** Someone who can be named in a comment: "@username". */
    public record Reader(long id, String username, String displayName) {

        public static Reader of(UserAccount account) {
            return new Reader(account.getId(), account.getUsername(), account.getDisplayName());
        }
    }

    private final UserAccountRepository accounts;
    private final PortalUsers portalUsers;
    private final OrganisationService organisations;

    /**
     * Display names, read by every list, comment thread and feed and changed seldom: kept a minute on each node (a
     * change made on another node shows here within it), forgotten at once on this node's own changes.
     */
    private final Cache<Long, String> names = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(20_000).build();

    UserDirectory(UserAccountRepository accounts, PortalUsers portalUsers, OrganisationService organisations) {
        this.accounts = accounts;
        this.portalUsers = portalUsers;
        this.organisations = organisations;
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

    /** People of one organisation with their user names; as above, for services that checked access. */
    public List<Reader> readersOfOrganisation(long organisationId) {
        return accounts.findEnabledByOrganisation(organisationId).stream().map(Reader::of).toList();
    }

    /** An enabled account as the access rules see it, to ask what that person may read; no credentials. */
    public Optional<PortalUser> findEnabled(String username) {
        return accounts.findByUsername(username).filter(UserAccount::isEnabled).map(account -> {
            PortalUser user = portalUsers.of(account);
            user.eraseCredentials();
            return user;
        });
    }

    /** The people who work in the organisations' workspaces (team members, project leaders, leaders). */
    public List<Long> workspacePeopleOf(Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? List.of()
                : accounts.findEnabledIds(organisationIds, List.of(Role.TEAM_MEMBER, Role.PROJECT_LEADER, Role.LEADER));
    }

    /** A person with the organisation they belong to, by name. */
    public record PersonInOrganisation(long id, String displayName, long organisationId, String organisationName) {
    }

    /** These accounts with their organisations, in one query; for services that checked access. */
    public List<PersonInOrganisation> withOrganisations(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        List<UserAccount> found = accounts.findAllById(userIds);
        Map<Long, String> names = organisations.namesOf(found.stream().map(UserAccount::getOrganisationId)
                .collect(Collectors.toSet()));
        return found.stream().map(u -> new PersonInOrganisation(u.getId(), u.getDisplayName(), u.getOrganisationId(),
                names.get(u.getOrganisationId()))).toList();
    }

    /** The people of the organisations with these roles, by name; for services that checked access. */
    public List<Reader> readersOf(Collection<Long> organisationIds, Collection<Role> roles) {
        return organisationIds.isEmpty() || roles.isEmpty() ? List.of()
                : accounts.findEnabled(organisationIds, roles).stream().map(Reader::of).toList();
    }

    /** The project leaders of the organisations: they submit the self-evaluation. */
    public List<Long> projectLeadersOf(Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? List.of() : accounts.findEnabledIds(organisationIds, List.of(Role.PROJECT_LEADER));
    }

    /** Where mail for a person goes, if they have an address. */
    public Optional<String> emailOf(long userId) {
        return accounts.findById(userId).filter(UserAccount::isEnabled).map(UserAccount::getEmail)
                .filter(email -> !email.isBlank());
    }

    /** The names these accounts go by now, in one query: for rows that know their writer by id. */
    public Map<Long, String> displayNamesOf(Collection<Long> userIds) {
        return userIds.isEmpty() ? Map.of() : names.getAll(Set.copyOf(userIds), missing -> accounts.findAllById(Set.copyOf(missing))
                .stream().collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName)));
    }

    public String displayNameOf(long userId) {
        return displayNamesOf(List.of(userId)).getOrDefault(userId, "?");
    }

    /** A name changed on this node: forgotten now and again once the change has committed (a read between kept the old). */
    void forgetName(long userId) {
        names.invalidate(userId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    names.invalidate(userId);
                }
            });
        }
    }

    /** The organisation an account belongs to, as stored (never as a caller claims). */
    public long organisationOf(long userId) {
        return accounts.findById(userId).map(u -> u.getOrganisationId()).orElse(-1L);
    }

    /** Whether an item is shared with its project, and by whom as they are called now. */
    public dk.modningsportal.base.SharedWithProject.State stateOf(dk.modningsportal.base.SharedWithProject sharing) {
        return sharing.isShared()
                ? new dk.modningsportal.base.SharedWithProject.State(true,
                        displayNameOf(sharing.sharedById().orElseThrow()), sharing.sharedAt().orElseThrow())
                : dk.modningsportal.base.SharedWithProject.State.OWN;
    }

    /** The edit conflict with what is stored now: who changed it last (as they are called now), and when. */
    public ConcurrentEditException conflictWith(ChangeStamp stored) {
        return new ConcurrentEditException(stored.getChangedById() == null ? "?" : displayNameOf(stored.getChangedById()),
                stored.getChangedAt(), stored.getVersion());
    }

    /** The enabled people among these accounts, by name; for services that checked access. */
    public List<Reader> enabledReaders(Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of() : accounts.findEnabledByIds(userIds).stream().map(Reader::of).toList();
    }

    /** Every enabled consultant, for choosing who serves a project. */
    public List<Reader> consultants() {
        return accounts.findEnabledByRole(Role.CONSULTANT).stream().map(Reader::of).toList();
    }

    /** Whether the account is an enabled consultant (a project's consultants must be). */
    public boolean isConsultant(long userId) {
        return accounts.findById(userId).filter(u -> u.isEnabled() && u.getRole() == Role.CONSULTANT).isPresent();
    }

    /** Whether a signed-in person's account still has the rights it signed in with (enabled, same role and organisation). */
    public boolean stillValid(PortalUser user) {
        return accounts.findById(user.id())
                .filter(a -> a.isEnabled() && !a.isAnonymised() && a.getRole() == user.role()
                        && a.getOrganisationId() == user.organisationId())
                .isPresent();
    }
}
