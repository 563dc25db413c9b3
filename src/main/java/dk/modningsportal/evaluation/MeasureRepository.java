package dk.modningsportal.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeasureRepository extends JpaRepository<Measure, Long> {

    @Query("select m from Measure m where m.projectId = :projectId order by m.sortOrder, m.id")
    List<Measure> findByProject(long projectId);
}
