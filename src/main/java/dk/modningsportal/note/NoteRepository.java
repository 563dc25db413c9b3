package dk.modningsportal.note;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface NoteRepository extends JpaRepository<ExperienceNote, Long>, JpaSpecificationExecutor<ExperienceNote> {

    @Override
    Page<ExperienceNote> findAll(Specification<ExperienceNote> spec, Pageable pageable);

    @Query("select n from ExperienceNote n join fetch n.workspace w join fetch w.organisation join fetch w.project "
            + "where n.id = :id")
    Optional<ExperienceNote> findWithDetails(long id);

    @Query("select count(n) from ExperienceNote n where n.workspace.id = :workspaceId")
    long countInWorkspace(long workspaceId);
}
