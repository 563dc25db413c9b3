package dk.modningsportal.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<PlanActivity, Long> {

    @Query("select distinct a from PlanActivity a left join fetch a.criteria where a.projectId = :projectId "
            + "order by a.startsOn, a.id")
    List<PlanActivity> findByProject(long projectId);

    @Query("select a from PlanActivity a where a.id = :id")
    Optional<PlanActivity> findWithProject(long id);

    boolean existsByProjectId(long projectId);

    @Query("select c from PlanCriterion c join fetch c.activity a where c.id = :id")
    Optional<PlanCriterion> findCriterion(long id);
}
