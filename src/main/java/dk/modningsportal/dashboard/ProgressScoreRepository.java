package dk.modningsportal.dashboard;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressScoreRepository extends JpaRepository<ProgressScore, Long> {

    @Query("select s from ProgressScore s where s.workspaceId in :workspaceIds "
            + "order by s.scoredAt desc, s.id desc")
    List<ProgressScore> findByWorkspaces(Collection<Long> workspaceIds);

    @Query("select s from ProgressScore s where s.workspaceId = :workspaceId "
            + "order by s.scoredAt desc, s.id desc")
    List<ProgressScore> findByWorkspace(long workspaceId);
}
