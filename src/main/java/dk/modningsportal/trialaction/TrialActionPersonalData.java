package dk.modningsportal.trialaction;

import dk.modningsportal.base.PersonalData;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;

/** The trial actions a person created, for their own copy of their data. */
@Component
class TrialActionPersonalData implements PersonalData {

    private final EntityManager em;

    TrialActionPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Sheet> of(long userId) {
        return List.of(Sheet.of("prøvehandlinger", List.of("oprettet", "organisation", "titel", "mål",
                "planlagt aktivitet", "status", "resultat", "læring"),
                em.createQuery("select t.createdAt, w.organisation.name, t.title, t.goal, "
                + "t.plannedActivity, t.status, t.outcome, t.learning from TrialAction t join t.workspace w "
                + "where t.createdById = :userId order by t.createdAt", Object[].class)
                .setParameter("userId", userId).getResultStream()));
    }
}
