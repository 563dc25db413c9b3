package dk.modningsportal.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where u.username = :username")
    Optional<UserAccount> findByUsername(String username);

    @Query("select u from UserAccount u where u.organisationId = :organisationId and u.enabled = true order by u.displayName")
    List<UserAccount> findEnabledByOrganisation(long organisationId);

    @Query("select u.id from UserAccount u where u.organisationId in :organisationIds and u.enabled = true "
            + "and u.role in :roles")
    List<Long> findEnabledIds(java.util.Collection<Long> organisationIds, java.util.Collection<Role> roles);

    @Query("select u from UserAccount u where u.organisationId in :organisationIds and u.enabled = true "
            + "and u.role in :roles order by u.displayName")
    List<UserAccount> findEnabled(java.util.Collection<Long> organisationIds, java.util.Collection<Role> roles);

    /** {@code named}: the organisations whose name matches the search (their people match too). */
    String SEARCH = "where (:organisationId is null or u.organisationId = :organisationId) and (:pattern is null "
            + "or lower(u.displayName) like :pattern escape '!' or lower(u.username) like :pattern escape '!' "
            + "or lower(u.email) like :pattern escape '!' or u.organisationId in :named)";

    @Query("select u from UserAccount u " + SEARCH + " order by u.displayName, u.id")
    org.springframework.data.domain.Slice<UserAccount> search(Long organisationId, String pattern,
            java.util.Collection<Long> named, org.springframework.data.domain.Pageable page);

    @Query("select count(u) from UserAccount u " + SEARCH)
    long countSearch(Long organisationId, String pattern, java.util.Collection<Long> named);

    @Query("select count(u) > 0 from UserAccount u where lower(u.username) = lower(:address) or lower(u.email) = lower(:address)")
    boolean existsByAddress(String address);

    @Query("select u from UserAccount u where lower(u.email) = lower(:email) and u.enabled = true")
    List<UserAccount> findEnabledByEmail(String email);

    @Query("select u from UserAccount u where u.id in :ids and u.enabled = true order by u.displayName")
    List<UserAccount> findEnabledByIds(java.util.Collection<Long> ids);

    @Query("select u from UserAccount u where u.role = :role and u.enabled = true order by u.displayName")
    List<UserAccount> findEnabledByRole(Role role);

    @Query("select count(u) > 0 from UserAccount u where u.role = 'ADMIN' and u.enabled = true and u.passwordHash is not null")
    boolean existsUsableAdministrator();

}
