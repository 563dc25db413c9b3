package dk.modningsportal.note;

import dk.modningsportal.base.PersonalData;
import dk.modningsportal.organisation.OrganisationService;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/** The experience notes a person wrote, for their own copy of their data. */
@Component
class NotePersonalData implements PersonalData {

    private final EntityManager em;
    private final OrganisationService organisations;

    NotePersonalData(EntityManager em, OrganisationService organisations) {
        this.em = em;
        this.organisations = organisations;
    }

    @Override
    public List<Sheet> of(long userId) {
        UnaryOperator<Object> named = organisations.namer();
        return List.of(Sheet.of("erfaringer", List.of("oprettet", "organisation", "slags", "erfaring", "uddybning"),
                em.createQuery("select n.createdAt, n.workspace.organisationId, n.kind, n.summary, n.details "
                + "from ExperienceNote n where n.createdById = :userId order by n.createdAt", Object[].class)
                .setParameter("userId", userId).getResultStream()
                .peek(r -> r[1] = named.apply(r[1]))));
    }
}
