package dk.modningsportal.trialaction;

import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

interface TrialActionRepository extends JpaRepository<TrialAction, Long>, JpaSpecificationExecutor<TrialAction> {

    @Override
    Page<TrialAction> findAll(Specification<TrialAction> spec, Pageable pageable);

    @Query("select t.status, count(t) from TrialAction t where t.workspace.id = :workspaceId group by t.status")
    List<Object[]> countByStatus(long workspaceId);

    @Query("select t.id, t.title from TrialAction t where t.workspace.id = :workspaceId order by t.changedAt desc")
    List<Object[]> findTitles(long workspaceId);

    @Query("select t from TrialAction t where t.status in :open and t.endDate < :today")
    List<TrialAction> findOverdue(java.util.Collection<TrialActionStatus> open, java.time.LocalDate today);
}
