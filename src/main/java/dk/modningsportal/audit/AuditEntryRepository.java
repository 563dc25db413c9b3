package dk.modningsportal.audit;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: no update or delete is offered. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("select e from AuditEntry e where e.actorId = :userId or (e.targetType = 'ACCOUNT' and e.targetId = :userId) "
            + "order by e.occurredAt desc, e.id desc")
    List<AuditEntry> findAbout(long userId);
}
