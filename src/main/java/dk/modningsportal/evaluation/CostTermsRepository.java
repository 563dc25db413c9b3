package dk.modningsportal.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CostTermsRepository extends JpaRepository<CostTerms, Long> {

    @Query("select t from CostTerms t where t.projectId = :projectId")
    Optional<CostTerms> findByProject(long projectId);
}
