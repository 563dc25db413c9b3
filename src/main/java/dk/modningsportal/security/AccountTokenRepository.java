package dk.modningsportal.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    @Query("select t from AccountToken t join fetch t.account a where t.tokenHash = :hash")
    Optional<AccountToken> findByHash(String hash);

    @Query("select t from AccountToken t where t.account.id = :userId and t.purpose in :purposes and t.usedAt is null "
            + "and t.revokedAt is null")
    List<AccountToken> findOpen(long userId, Collection<TokenPurpose> purposes);

    /** The newest invitation of each of these accounts, to show sent / accepted / expired. */
    @Query("select t from AccountToken t where t.account.id in :userIds and t.purpose = 'INVITATION' "
            + "and t.createdAt = (select max(u.createdAt) from AccountToken u where u.account = t.account and u.purpose = 'INVITATION')")
    List<AccountToken> findLatestInvitations(Collection<Long> userIds);
}
