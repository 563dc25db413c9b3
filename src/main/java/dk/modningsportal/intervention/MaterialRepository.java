package dk.modningsportal.intervention;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MaterialRepository extends JpaRepository<Material, Long> {

    /** The list without the files' bytes. */
    @Query("select new dk.modningsportal.intervention.MaterialService$MaterialRow(m.id, m.fileName, m.contentType, m.sizeBytes, m.uploadedAt) "
            + "from Material m where m.interventionVersion.id = :versionId order by m.fileName")
    List<MaterialService.MaterialRow> findRows(long versionId);

    @Query("select m from Material m join fetch m.interventionVersion v join fetch v.intervention i where m.id = :id")
    Optional<Material> findWithVersion(long id);
}
