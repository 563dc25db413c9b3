package dk.modningsportal.note;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface NoteRepository extends JpaRepository<ExperienceNote, Long>, JpaSpecificationExecutor<ExperienceNote> {

    @Override
    Page<ExperienceNote> findAll(Specification<ExperienceNote> spec, Pageable pageable);

    @Query("select count(n) from ExperienceNote n where n.workspace.id = :workspaceId")
    long countInWorkspace(long workspaceId);
}
