package dk.modningsportal.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n where n.recipientId = :recipientId order by n.createdAt desc, n.id desc")
    List<Notification> findLatest(long recipientId, Pageable page);

    @Query("select count(n) from Notification n where n.recipientId = :recipientId and n.readAt is null")
    long countUnread(long recipientId);

    boolean existsByRecipientIdAndGroupKeyAndKind(long recipientId, String groupKey, NotificationKind kind);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant at);

    /** Not yet mailed and not yet read in the portal: what a mail still has to tell. */
    @Query("select n from Notification n where n.recipientId = :recipientId and n.mailedAt is null and n.readAt is null "
            + "order by n.createdAt desc, n.id desc")
    List<Notification> findToMail(long recipientId);

    @Query("select count(n) from Notification n where n.mailedAt is null and n.readAt is null")
    long countAwaitingMail();

    @Query("select distinct n.recipientId from Notification n where n.mailedAt is null and n.readAt is null")
    List<Long> findRecipientsWithMailPending();
}
