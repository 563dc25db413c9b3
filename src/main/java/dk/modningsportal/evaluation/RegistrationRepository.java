package dk.modningsportal.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    @Query("select r from Registration r where r.workspaceId = :workspaceId and r.replacedAt is null "
            + "and r.measureId in :measureIds")
    List<Registration> findCurrent(long workspaceId, Collection<Long> measureIds);

    @Query("select r from Registration r where r.workspaceId = :workspaceId and r.measureId = :measureId "
            + "and r.periodStart = :periodStart order by r.enteredAt desc, r.id desc")
    List<Registration> findHistory(long workspaceId, long measureId, LocalDate periodStart);

    /** The current figures of a measure in every workspace of a project: one row per organisation and period. */
    @Query("select r from Registration r where r.measureId = :measureId and r.replacedAt is null "
            + "order by r.periodStart")
    List<Registration> findCurrentOfMeasure(long measureId);

    /** Per workspace and measure, how many periods before the cut-off have a current figure. */
    @Query("select r.workspaceId, r.measureId, count(r) from Registration r where r.replacedAt is null "
            + "and r.measureId in :measureIds and r.periodStart < :before group by r.workspaceId, r.measureId")
    List<Object[]> countReportedBefore(Collection<Long> measureIds, LocalDate before);

    @Query("select r.workspaceId, m.counts, sum(r.counted) from Registration r, Measure m where r.measureId = m.id "
            + "and r.replacedAt is null and m.projectId = :projectId and m.counts is not null group by r.workspaceId, m.counts")
    List<Object[]> sumByCounts(long projectId);

    /** The periods of a project's measures that were corrected (more than one figure), as measure, workspace, period. */
    @Query("select r.measureId, r.workspaceId, r.periodStart from Registration r where r.measureId in :measureIds "
            + "group by r.measureId, r.workspaceId, r.periodStart having count(r) > 1")
    List<Object[]> findCorrected(Collection<Long> measureIds);

    @Query("select distinct r.measureId from Registration r where r.measureId in :measureIds")
    List<Long> findMeasuresInUse(Collection<Long> measureIds);

    @Query("select count(r) > 0 from Registration r where r.measureId = :measureId")
    boolean existsByMeasure(long measureId);
}
