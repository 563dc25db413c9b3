package dk.modningsportal.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkspaceRepository extends JpaRepository<Workspace, Long> {

    /** With project and consultant; the organisations' names are the organisation module's, sorted by the caller. */
    String FETCH = "select p from Workspace p join fetch p.project ";

    @Query(FETCH + "where p.id = :id")
    Optional<Workspace> findWithDetails(long id);

    @Query(FETCH + "where p.organisationId = :organisationId order by p.project.name")
    List<Workspace> findByOrganisation(long organisationId);

    @Query(FETCH + "where p.project.id in :projectIds order by p.project.name, p.project.id")
    List<Workspace> findByProjects(Collection<Long> projectIds);

    @Query(FETCH + "order by p.project.name, p.project.id")
    List<Workspace> findAllWithDetails();

    @Query("select p.id from Project p join p.consultantIds c where c = :consultantId")
    List<Long> findProjectIdsServedBy(long consultantId);

    @Query("select p.id from Project p join p.evaluatorOrganisationIds o where o = :organisationId")
    List<Long> findProjectIdsEvaluatedBy(long organisationId);

    @Query("select count(p) > 0 from Project p join p.evaluatorOrganisationIds o where p.id = :projectId and o = :organisationId")
    boolean existsByProjectIdAndEvaluatorOrganisationId(long projectId, long organisationId);

    @Query("select o from Project p join p.evaluatorOrganisationIds o where p.id = :projectId")
    List<Long> findEvaluatorOrganisationIdsOf(long projectId);

    @Query("select p.id from Workspace p where p.project.id = :projectId and p.organisationId = :organisationId")
    Optional<Long> findWorkspaceIdOf(long projectId, long organisationId);

    @Query("select count(p) > 0 from Project p join p.consultantIds c where p.id = :projectId and c = :consultantId")
    boolean existsByProjectIdAndConsultantId(long projectId, long consultantId);

    boolean existsByProjectId(long projectId);

    @Query("select p.organisationId from Workspace p where p.project.id = :projectId")
    List<Long> findOrganisationIdsOfProject(long projectId);
}
