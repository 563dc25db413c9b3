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

    @Query("select u from UserAccount u join fetch u.organisation order by u.organisation.name, u.displayName")
    List<UserAccount> findAllWithOrganisation();
}
