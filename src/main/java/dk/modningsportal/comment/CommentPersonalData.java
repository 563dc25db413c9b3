package dk.modningsportal.comment;

import dk.modningsportal.base.PersonalData;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
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
        List<List<String>> rows = em.createQuery("select c.createdAt, c.body from Comment c "
                + "where c.author.id = :userId order by c.createdAt", Object[].class)
                .setParameter("userId", userId).getResultStream()
                .map(r -> java.util.Arrays.stream(r).map(v -> v == null ? "" : Objects.toString(v)).toList())
                .toList();
        return List.of(new Sheet("kommentarer", List.of("skrevet", "tekst"), rows));
    }
}
