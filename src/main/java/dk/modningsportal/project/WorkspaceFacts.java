package dk.modningsportal.project;

import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.organisation.OrganisationService.OrganisationRef;

/**
 * A workspace as other modules read it: whose it is, in which project, and whether content can be written in it
 * ({@code open}: the organisation takes part and the project is not closed).
 */
public record WorkspaceFacts(long id, long projectId, long organisationId, String organisationName,
        OrganisationKind organisationKind, boolean withdrawn, boolean open, boolean shareNewNotes) {

    static WorkspaceFacts of(Workspace w, OrganisationRef organisation) {
        return new WorkspaceFacts(w.getId(), w.getProject().getId(), w.getOrganisationId(), organisation.name(),
                organisation.kind(), w.isWithdrawn(), w.isOpen(), w.isShareNewNotes());
    }

    /** What a row of another module keeps of the workspace. */
    public WorkspaceRef ref() {
        return new WorkspaceRef(id, projectId, organisationId);
    }
}
