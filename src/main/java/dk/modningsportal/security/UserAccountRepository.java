package dk.modningsportal.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u join fetch u.organisation where u.username = :username")
    Optional<UserAccount> findWithOrganisationByUsername(String username);

    @Query("select u from UserAccount u where u.organisation.id = :organisationId and u.enabled = true order by u.displayName")
    List<UserAccount> findEnabledByOrganisation(long organisationId);

    @Query("select u.id from UserAccount u where u.organisation.id in :organisationIds and u.enabled = true "
            + "and u.role in :roles")
    List<Long> findEnabledIds(java.util.Collection<Long> organisationIds, java.util.Collection<Role> roles);

    @Query("select u from UserAccount u where u.organisation.id in :organisationIds and u.enabled = true "
            + "and u.role in :roles order by u.displayName")
    List<UserAccount> findEnabled(java.util.Collection<Long> organisationIds, java.util.Collection<Role> roles);

    String SEARCH = "where (:organisationId is null or o.id = :organisationId) and (:pattern is null "
            + "or lower(u.displayName) like :pattern escape '!' or lower(u.username) like :pattern escape '!' "
            + "or lower(u.email) like :pattern escape '!' or lower(o.name) like :pattern escape '!')";

    @Query("select u from UserAccount u join fetch u.organisation o " + SEARCH + " order by u.displayName, u.id")
    org.springframework.data.domain.Slice<UserAccount> search(Long organisationId, String pattern,
            org.springframework.data.domain.Pageable page);

    @Query("select count(u) from UserAccount u join u.organisation o " + SEARCH)
    long countSearch(Long organisationId, String pattern);

    @Query("select count(u) > 0 from UserAccount u where lower(u.username) = lower(:address) or lower(u.email) = lower(:address)")
    boolean existsByAddress(String address);

    @Query("select u from UserAccount u join fetch u.organisation where lower(u.email) = lower(:email) and u.enabled = true")
    List<UserAccount> findEnabledByEmail(String email);

    @Query("select u from UserAccount u where u.id in :ids and u.enabled = true order by u.displayName")
    List<UserAccount> findEnabledByIds(java.util.Collection<Long> ids);

    @Query("select u from UserAccount u where u.role = :role and u.enabled = true order by u.displayName")
    List<UserAccount> findEnabledByRole(Role role);

    @Query("select u from UserAccount u join fetch u.organisation where u.id = :id")
    Optional<UserAccount> findWithOrganisation(long id);

    @Query("select count(u) > 0 from UserAccount u where u.role = 'ADMIN' and u.enabled = true and u.passwordHash is not null")
    boolean existsUsableAdministrator();

    @Query("select new dk.modningsportal.security.UserDirectory$PersonInOrganisation(u.id, u.displayName, o.id, o.name) "
            + "from UserAccount u join u.organisation o where u.id in :ids")
    List<UserDirectory.PersonInOrganisation> findPeopleInOrganisations(java.util.Collection<Long> ids);
}
