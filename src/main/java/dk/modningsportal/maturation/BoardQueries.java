package dk.modningsportal.maturation;

import dk.modningsportal.note.ExperienceNote;
import dk.modningsportal.trialaction.TrialAction;
import dk.modningsportal.trialaction.TrialActionStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/** The queries behind a workshop board: a round's notes and evaluated trial actions across organisations. */
@Repository
class BoardQueries {

    /** Key of a board count: core element (null: none) × organisation. */
    record Cell(Long coreElementId, long organisationId) {
    }

    private final EntityManager em;

    BoardQueries(EntityManager em) {
        this.em = em;
    }

    List<ExperienceNote> notes(long projectId, BoardFilter filter, Instant since) {
        StringBuilder jpql = new StringBuilder("select n from ExperienceNote n join fetch n.workspace w "
                + "join fetch w.organisation left join fetch n.coreElement join fetch n.createdBy "
                + "where w.project.id = :projectId and n.interventionVersion.id = :versionId");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.organisationId() != null) {
            jpql.append(" and w.organisation.id = :organisationId");
            parameters.put("organisationId", filter.organisationId());
        }
        if (filter.noteKind() != null) {
            jpql.append(" and n.kind = :kind");
            parameters.put("kind", filter.noteKind());
        }
        if (filter.source() != null) {
            jpql.append(" and n.source = :source");
            parameters.put("source", filter.source());
        }
        if (since != null) {
            jpql.append(" and n.createdAt > :since");
            parameters.put("since", since);
        }
        jpql.append(" order by n.createdAt desc");
        TypedQuery<ExperienceNote> query = em.createQuery(jpql.toString(), ExperienceNote.class)
                .setParameter("projectId", projectId)
                .setParameter("versionId", filter.versionId());
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    List<TrialAction> evaluatedTrialActions(long projectId, BoardFilter filter, Instant since) {
        StringBuilder jpql = new StringBuilder("select distinct t from TrialAction t join fetch t.workspace w "
                + "join fetch w.organisation where w.project.id = :projectId and t.interventionVersion.id = :versionId "
                + "and t.status = :evaluated");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.organisationId() != null) {
            jpql.append(" and w.organisation.id = :organisationId");
            parameters.put("organisationId", filter.organisationId());
        }
        if (since != null) {
            jpql.append(" and t.updatedAt > :since");
            parameters.put("since", since);
        }
        jpql.append(" order by t.updatedAt desc");
        TypedQuery<TrialAction> query = em.createQuery(jpql.toString(), TrialAction.class)
                .setParameter("projectId", projectId)
                .setParameter("versionId", filter.versionId())
                .setParameter("evaluated", TrialActionStatus.EVALUATED);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Notes and evaluated trial actions of the round, counted per core element and organisation. */
    Map<Cell, Long> counts(long projectId, long versionId) {
        Map<Cell, Long> counts = new HashMap<>();
        em.createQuery("select c.id, w.organisation.id, count(n) from ExperienceNote n join n.workspace w "
                        + "left join n.coreElement c where w.project.id = :projectId and n.interventionVersion.id = :versionId "
                        + "group by c.id, w.organisation.id", Object[].class)
                .setParameter("projectId", projectId).setParameter("versionId", versionId)
                .getResultList()
                .forEach(row -> counts.merge(new Cell((Long) row[0], (Long) row[1]), (Long) row[2], Long::sum));
        em.createQuery("select c.id, w.organisation.id, count(t) from TrialAction t join t.coreElements c "
                        + "join t.workspace w where w.project.id = :projectId and t.interventionVersion.id = :versionId "
                        + "and t.status = :evaluated group by c.id, w.organisation.id", Object[].class)
                .setParameter("projectId", projectId).setParameter("versionId", versionId)
                .setParameter("evaluated", TrialActionStatus.EVALUATED)
                .getResultList()
                .forEach(row -> counts.merge(new Cell((Long) row[0], (Long) row[1]), (Long) row[2], Long::sum));
        return counts;
    }
}
