package dk.modningsportal.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's aggregate queries over its own {@link WorkspaceTallies}: each groups in the database and
 * returns a row per group, for the workspaces of one project. The statuses
 * (which change with the date) and the notes new since the last workshop come from the owning modules.
 */
@Repository
class DashboardQueries {

    /** The project's rows, by the index on project and measure. */
    private static final String OF_PROJECT = "where w.project_id = :projectId ";

    private final EntityManager em;

    DashboardQueries(EntityManager em) {
        this.em = em;
    }

    /** workspace id, core element id (null: none), notes of the version. */
    List<Object[]> notesByCoreElement(long projectId, long versionId) {
        return longs(em.createNativeQuery("select w.workspace_id, w.core_element_id, w.tally from workspace_tally w "
                + OF_PROJECT + "and w.measure = 'NOTES' and w.intervention_version_id = :versionId")
                .setParameter("projectId", projectId).setParameter("versionId", versionId));
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
