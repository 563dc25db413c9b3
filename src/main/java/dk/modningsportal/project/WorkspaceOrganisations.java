package dk.modningsportal.project;

import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.organisation.OrganisationService.OrganisationRef;
import dk.modningsportal.security.UserDirectory;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The organisations and consultants of workspaces, named as they are called now: a workspace keeps both by id, and
 * the organisation and security modules name a list of them in one query each. Lists come by project, then
 * organisation name.
 */
@Component
class WorkspaceOrganisations {

    private final OrganisationService organisations;
    private final UserDirectory userDirectory;

    WorkspaceOrganisations(OrganisationService organisations, UserDirectory userDirectory) {
        this.organisations = organisations;
        this.userDirectory = userDirectory;
    }

    /** The display names of the workspaces' consultants, by account id. */
    Map<Long, String> consultantsOf(List<Workspace> workspaces) {
        Set<Long> ids = workspaces.stream().map(Workspace::getConsultantId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : userDirectory.displayNamesOf(ids);
    }

    OrganisationRef of(Workspace workspace) {
        return of(List.of(workspace)).get(workspace.getOrganisationId());
    }

    Map<Long, OrganisationRef> of(List<Workspace> workspaces) {
        return organisations.refsOf(workspaces.stream().map(Workspace::getOrganisationId).toList());
    }

    WorkspaceFacts facts(Workspace workspace) {
        return WorkspaceFacts.of(workspace, of(workspace));
    }

    List<WorkspaceFacts> facts(List<Workspace> workspaces) {
        Map<Long, OrganisationRef> named = of(workspaces);
        return sorted(workspaces, named).stream().map(w -> WorkspaceFacts.of(w, named.get(w.getOrganisationId())))
                .toList();
    }

    /** By project (as the query ordered them) and, within a project, by organisation name. */
    static List<Workspace> sorted(List<Workspace> workspaces, Map<Long, OrganisationRef> named) {
        return workspaces.stream().sorted(Comparator.comparing((Workspace w) -> w.getProject().getName())
                .thenComparing(w -> w.getProject().getId())
                .thenComparing(w -> named.get(w.getOrganisationId()).name())).toList();
    }
}
