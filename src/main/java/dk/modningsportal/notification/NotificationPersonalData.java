package dk.modningsportal.notification;

import dk.modningsportal.base.PersonalData;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;

/** The notifications a person received, for their own copy of their data. */
@Component
class NotificationPersonalData implements PersonalData {

    private final EntityManager em;

    NotificationPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Sheet> of(long userId) {
        return List.of(Sheet.of("notifikationer", List.of("tidspunkt", "slags", "emne", "uddrag", "læst"),
                em.createQuery("select n.createdAt, n.kind, n.subject, n.excerpt, n.readAt "
                + "from Notification n where n.recipientId = :userId order by n.createdAt", Object[].class)
                .setParameter("userId", userId).getResultStream()));
    }
}
