package dk.modningsportal.project;

import dk.modningsportal.organisation.OrganisationKind;

/** What a list of workspaces shows, and what views need to label one. */
public record WorkspaceSummary(long workspaceId, long projectId, String projectName, long organisationId,
        String organisationName, OrganisationKind organisationKind, String consultantName, String currentPhase,
        boolean writable) {
}
