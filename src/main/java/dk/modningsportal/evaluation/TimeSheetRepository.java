package dk.modningsportal.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TimeSheetRepository extends JpaRepository<TimeSheet, Long> {

    @Query("select s from TimeSheet s where s.workspaceId = :workspaceId and s.monthStart = :month")
    Optional<TimeSheet> findSheet(long workspaceId, LocalDate month);

    /** Hours per kind of work in a workspace's months from one day to before another. */
    @Query("select h.category, sum(h.hours) from TimeSheet s join s.hours h where s.workspaceId = :workspaceId "
            + "and s.monthStart >= :from and s.monthStart < :until group by h.category")
    List<Object[]> sumHoursByCategory(long workspaceId, LocalDate from, LocalDate until);

    @Query("select count(s) from TimeSheet s where s.workspaceId = :workspaceId and s.monthStart >= :from "
            + "and s.monthStart < :until")
    long countSheets(long workspaceId, LocalDate from, LocalDate until);

    @Query("select sum(h.hours) from TimeSheet s join s.hours h where s.workspaceId = :workspaceId and s.monthStart < :until")
    java.math.BigDecimal sumHoursBefore(long workspaceId, LocalDate until);

    /** Per workspace, month and role: the hours, for the cost estimate and the export. */
    @Query("select s.workspaceId, s.monthStart, h.role, h.category, h.hours from TimeSheet s join s.hours h "
            + "where s.workspaceId in :workspaceIds")
    List<Object[]> hoursOf(Collection<Long> workspaceIds);

    @Query("select s.workspaceId, s.monthStart, key(c), value(c) from TimeSheet s join s.costs c "
            + "where s.workspaceId in :workspaceIds")
    List<Object[]> costsOf(Collection<Long> workspaceIds);
}
