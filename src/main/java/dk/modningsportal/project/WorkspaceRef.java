package dk.modningsportal.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The workspace a row of another module belongs to, by id, with its project and organisation beside it: a
 * workspace never changes project or organisation, so the copies cannot drift, and the owning module's queries
 * select by project or organisation without walking into this module's tables.
 */
@Embeddable
public record WorkspaceRef(
        @Column(name = "workspace_id", nullable = false, updatable = false) long id,
        @Column(name = "project_id", nullable = false, updatable = false) long projectId,
        @Column(name = "organisation_id", nullable = false, updatable = false) long organisationId) {
}
