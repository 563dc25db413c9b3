package dk.modningsportal.trialaction;

import dk.modningsportal.base.PersonalData;
import dk.modningsportal.organisation.OrganisationService;
import jakarta.persistence.EntityManager;
import java.util.function.UnaryOperator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The trial actions a person created, for their own copy of their data. */
@Component
class TrialActionPersonalData implements PersonalData {

    private final EntityManager em;
    private final OrganisationService organisations;

    TrialActionPersonalData(EntityManager em, OrganisationService organisations) {
        this.em = em;
        this.organisations = organisations;
    }

    @Override
    public List<Sheet> of(long userId) {
        UnaryOperator<Object> named = organisations.namer();
        return List.of(Sheet.of("prøvehandlinger", List.of("oprettet", "organisation", "titel", "mål",
                "planlagt aktivitet", "status", "resultat", "læring"),
                em.createQuery("select t.createdAt, t.workspace.organisationId, t.title, t.goal, "
                + "t.plannedActivity, t.status, t.outcome, t.learning from TrialAction t "
                + "where t.createdById = :userId order by t.createdAt", Object[].class)
                .setParameter("userId", userId).getResultStream()
                .peek(r -> r[1] = named.apply(r[1]))));
    }
}
