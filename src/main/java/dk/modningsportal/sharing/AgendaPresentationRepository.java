package dk.modningsportal.sharing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaPresentationRepository extends JpaRepository<AgendaPresentation, Long> {

    List<AgendaPresentation> findByAgendaItemIdOrderByAttachedAt(long agendaItemId);

    Optional<AgendaPresentation> findByAgendaItemIdAndWorkspaceId(long agendaItemId, long workspaceId);
}
