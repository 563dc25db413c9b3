package dk.modningsportal.dashboard;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressScoreRepository extends JpaRepository<ProgressScore, Long> {

    @Query("select s from ProgressScore s join fetch s.scoredBy where s.workspace.project.id = :projectId "
            + "order by s.scoredAt desc, s.id desc")
    List<ProgressScore> findByProject(long projectId);

    @Query("select s from ProgressScore s join fetch s.scoredBy where s.workspace.id = :workspaceId "
            + "order by s.scoredAt desc, s.id desc")
    List<ProgressScore> findByWorkspace(long workspaceId);
}
