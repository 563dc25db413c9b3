package dk.modningsportal.audit;

import dk.modningsportal.base.AuditAction;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: no update or delete is offered. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    String FILTER = "where (:action is null or e.action = :action) "
            + "and (:organisationId is null or e.organisationId = :organisationId) "
            + "and (:actor is null or lower(e.actorName) like :actor escape '!') "
            + "and (:from is null or e.occurredAt >= :from) "
            + "and (:until is null or e.occurredAt < :until) ";

    @Query("select e from AuditEntry e " + FILTER + "order by e.occurredAt desc, e.id desc")
    Slice<AuditEntry> search(AuditAction action, Long organisationId, String actor, Instant from, Instant until,
            Pageable page);

    @Query("select e from AuditEntry e where e.actorId = :userId or (e.targetType = 'ACCOUNT' and e.targetId = :userId) "
            + "order by e.occurredAt desc, e.id desc")
    List<AuditEntry> findAbout(long userId);
}
