package dk.modningsportal.note;

import dk.modningsportal.base.PersonalData;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;

/** The experience notes a person wrote, for their own copy of their data. */
@Component
class NotePersonalData implements PersonalData {

    private final EntityManager em;

    NotePersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Sheet> of(long userId) {
        return List.of(Sheet.of("erfaringer", List.of("oprettet", "organisation", "slags", "erfaring", "uddybning"),
                em.createQuery("select n.createdAt, w.organisation.name, n.kind, n.summary, n.details "
                + "from ExperienceNote n join n.workspace w where n.createdById = :userId order by n.createdAt",
                Object[].class)
                .setParameter("userId", userId).getResultStream()));
    }
}
