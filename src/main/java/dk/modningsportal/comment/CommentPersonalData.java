package dk.modningsportal.comment;

import dk.modningsportal.base.PersonalData;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;

/** The comments a person wrote, for their own copy of their data. */
@Component
class CommentPersonalData implements PersonalData {

    private final EntityManager em;

    CommentPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Sheet> of(long userId) {
        return List.of(Sheet.of("kommentarer", List.of("skrevet", "tekst"),
                em.createQuery("select c.createdAt, c.body from Comment c "
                + "where c.authorId = :userId order by c.createdAt", Object[].class)
                .setParameter("userId", userId).getResultStream()));
    }
}
