package dk.modningsportal.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

    @Query("select p from Project p order by p.closedAt nulls first, p.startDate desc, p.name")
    List<Project> findAllOrdered();

    @Query("select p from Project p join p.consultantIds c where c = :consultantId "
            + "order by p.closedAt nulls first, p.startDate desc, p.name")
    List<Project> findServedBy(long consultantId);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
