package dk.modningsportal.dashboard;

import dk.modningsportal.intervention.Intervention;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's aggregate queries: each groups in the database and returns a row per group. Notes are
 * counted from {@link WorkspaceTallies}; only the statuses (which change with the date) and the notes
 * new since the last workshop (which depend on its date) are counted from the items themselves.
 */
@Repository
class DashboardQueries {

    private static final String OF_PROJECT = "join workspace p on p.id = w.workspace_id where p.project_id = :projectId ";

    private final EntityManager em;

    DashboardQueries(EntityManager em) {
        this.em = em;
    }

    /** project id and name of the projects with a workspace served by the consultant or of the organisation. */
    List<Object[]> projects(Long consultantId, Long organisationId) {
        TypedQuery<Object[]> query = em.createQuery("select distinct pr.id, pr.name from Workspace p join p.project pr "
                + "where 1 = 1 " + (consultantId == null ? "" : "and p.consultant.id = :consultantId ")
                + (organisationId == null ? "" : "and p.organisation.id = :organisationId ") + "order by pr.name",
                Object[].class);
        if (consultantId != null) {
            query.setParameter("consultantId", consultantId);
        }
        if (organisationId != null) {
            query.setParameter("organisationId", organisationId);
        }
        return query.getResultList();
    }

    /** workspace id, organisation id, organisation name, organisation kind. */
    List<Object[]> workspaces(long projectId) {
        return em.createQuery("select p.id, o.id, o.name, o.kind from Workspace p join p.organisation o "
                + "where p.project.id = :projectId order by o.name", Object[].class)
                .setParameter("projectId", projectId).getResultList();
    }

    /** workspace id, status, count, and how many of them ended before today. */
    List<Object[]> trialActionsByStatus(long projectId, LocalDate today) {
        return em.createQuery("select t.workspace.id, t.status, count(t), "
                + "sum(case when t.endDate < :today then 1 else 0 end) from TrialAction t "
                + "where t.workspace.project.id = :projectId group by t.workspace.id, t.status", Object[].class)
                .setParameter("projectId", projectId).setParameter("today", today).getResultList();
    }

    /** workspace id, core element id (null: none), notes of the version. */
    List<Object[]> notesByCoreElement(long projectId, long versionId) {
        return longs(em.createNativeQuery("select w.workspace_id, w.core_element_id, w.tally from workspace_tally w "
                + OF_PROJECT + "and w.measure = 'NOTES' and w.intervention_version_id = :versionId")
                .setParameter("projectId", projectId).setParameter("versionId", versionId));
    }

    /** workspace id, notes of the version created after {@code since}. */
    List<Object[]> notesSince(long projectId, long versionId, Instant since) {
        return em.createQuery("select n.workspace.id, count(n) from ExperienceNote n "
                + "where n.workspace.project.id = :projectId and n.interventionVersion.id = :versionId "
                + "and n.createdAt > :since group by n.workspace.id", Object[].class)
                .setParameter("projectId", projectId).setParameter("versionId", versionId)
                .setParameter("since", since).getResultList();
    }

    /** workspace id, latest change of its trial actions and notes. */
    List<Object[]> lastActivity(long projectId) {
        List<?> rows = em.createNativeQuery("select w.workspace_id, w.latest from workspace_tally w " + OF_PROJECT
                + "and w.measure = 'LAST_ACTIVITY'").setParameter("projectId", projectId).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Object[] {((Number) r[0]).longValue(), instant(r[1])})
                .toList();
    }

    /** yyyymm, count, from {@code fromMonth} on, of one workspace or (null) all. */
    List<Object[]> perMonth(WorkspaceTallies.Measure measure, long projectId, int fromMonth, Long workspaceId) {
        Query query = em.createNativeQuery("select w.yyyymm, sum(w.tally) from workspace_tally w " + OF_PROJECT
                + "and w.measure = :measure and w.yyyymm >= :fromMonth "
                + (workspaceId == null ? "" : "and w.workspace_id = :workspaceId ") + "group by w.yyyymm")
                .setParameter("projectId", projectId).setParameter("measure", measure.name())
                .setParameter("fromMonth", fromMonth);
        return longs(workspaceId == null ? query : query.setParameter("workspaceId", workspaceId));
    }

    /** measure, version id, core element id, count: trial actions, barriers and notes; one workspace or (null) all. */
    List<Object[]> byElementAndVersion(long projectId, Long workspaceId) {
        Query query = em.createNativeQuery("select w.measure, w.intervention_version_id, w.core_element_id, sum(w.tally) "
                + "from workspace_tally w " + OF_PROJECT + "and w.measure in ('TRIAL_ACTIONS', 'BARRIERS', 'NOTES') "
                + "and w.core_element_id is not null "
                + (workspaceId == null ? "" : "and w.workspace_id = :workspaceId ")
                + "group by w.measure, w.intervention_version_id, w.core_element_id")
                .setParameter("projectId", projectId);
        List<?> rows = (workspaceId == null ? query : query.setParameter("workspaceId", workspaceId)).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Object[] {WorkspaceTallies.Measure.valueOf((String) r[0]),
            ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue()}).toList();
    }

    Intervention intervention(long projectId) {
        return em.createQuery("select i from Intervention i where i.project.id = :projectId", Intervention.class)
                .setParameter("projectId", projectId).getResultStream().findFirst().orElse(null);
    }

    /** The latest workshop held on or before today. */
    LocalDate lastWorkshop(long projectId, LocalDate today) {
        return em.createQuery("select max(w.heldOn) from Workshop w where w.project.id = :projectId and w.heldOn <= :today",
                LocalDate.class).setParameter("projectId", projectId).setParameter("today", today).getSingleResult();
    }

    /** Native rows with every number as a Long (drivers differ: Integer, Long, BigDecimal). */
    private static List<Object[]> longs(Query query) {
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> {
            Object[] converted = new Object[r.length];
            for (int i = 0; i < r.length; i++) {
                converted[i] = r[i] == null ? null : ((Number) r[i]).longValue();
            }
            return converted;
        }).toList();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp " + value.getClass());
        };
    }
}
