package dk.modningsportal.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuestionnaireRepository extends JpaRepository<Questionnaire, Long> {

    @Query("select q from Questionnaire q where q.projectId = :projectId order by q.opensOn, q.id")
    List<Questionnaire> findByProject(long projectId);

    @Query("select c from ResponseCount c where c.questionnaireId in "
            + "(select q.id from Questionnaire q where q.projectId = :projectId)")
    List<ResponseCount> findCountsOfProject(long projectId);
}
