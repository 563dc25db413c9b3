package dk.modningsportal.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CollectionPlanRepository extends JpaRepository<CollectionItem, Long> {

    @Query("select i from CollectionItem i where i.projectId = :projectId order by i.firstDay, i.id")
    List<CollectionItem> findByProject(long projectId);

    @Query("select q from EvaluationQuestion q where q.projectId = :projectId order by q.sortOrder, q.id")
    List<EvaluationQuestion> findQuestions(long projectId);

    @Query("select d from Delivery d where d.itemId in :itemIds")
    List<Delivery> findDeliveries(Collection<Long> itemIds);

    @Query("select d from Delivery d where d.itemId = :itemId and d.workspaceId = :workspaceId and d.periodStart = :periodStart")
    Optional<Delivery> findDelivery(long itemId, long workspaceId, LocalDate periodStart);
}
