package dk.modningsportal.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResponseCountRepository extends JpaRepository<ResponseCount, Long> {

    @Query("select c from ResponseCount c where c.questionnaireId = :questionnaireId and c.workspaceId = :workspaceId")
    Optional<ResponseCount> findCount(long questionnaireId, long workspaceId);
}
