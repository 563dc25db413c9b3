package dk.modningsportal.intervention;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InterventionRepository extends JpaRepository<Intervention, Long> {

    @Query("select i from Intervention i where i.projectId = :projectId")
    Optional<Intervention> findByProject(long projectId);

    @Query("select c from CoreElement c where c.intervention.projectId = :projectId order by c.sortOrder")
    List<CoreElement> findCoreElements(long projectId);

    @Query("select v from InterventionVersion v where v.intervention.projectId = :projectId order by v.sortOrder")
    List<InterventionVersion> findVersions(long projectId);

    @Query("select t.coreElement from CoreElementText t where t.interventionVersion.id = :versionId order by t.coreElement.sortOrder")
    List<CoreElement> findCoreElementsOfVersion(long versionId);

    @Query("select c from CoreElement c join fetch c.intervention i where c.id = :id")
    Optional<CoreElement> findCoreElement(long id);

    @Query("select v from InterventionVersion v join fetch v.intervention i where v.id = :id")
    Optional<InterventionVersion> findVersion(long id);
}
