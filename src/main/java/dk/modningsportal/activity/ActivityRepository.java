package dk.modningsportal.activity;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<ActivityEntry, Long> {

    @Query("select a from ActivityEntry a where a.workspaceId = :workspaceId "
            + "order by a.occurredAt desc, a.id desc")
    List<ActivityEntry> findLatest(long workspaceId, Pageable page);
}
