package dk.modningsportal.selfevaluation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SelfEvaluationRepository extends JpaRepository<SelfEvaluation, Long> {

    /** Every revision of a workspace's forms, newest quarter and revision first. */
    @Query("select e from SelfEvaluation e where e.workspace.id = :workspaceId "
            + "order by e.year desc, e.quarter desc, e.revision desc")
    List<SelfEvaluation> findByWorkspace(long workspaceId);

    /** Every revision in the given workspaces, for overviews: newest first, as above. */
    @Query("select e from SelfEvaluation e where e.workspace.id in :workspaceIds "
            + "order by e.year desc, e.quarter desc, e.revision desc")
    List<SelfEvaluation> findByWorkspaces(Collection<Long> workspaceIds);
}
