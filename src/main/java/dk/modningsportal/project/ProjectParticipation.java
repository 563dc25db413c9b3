package dk.modningsportal.project;

import dk.modningsportal.base.PerRequest;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.organisation.OrganisationService.OrganisationRef;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserDirectory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations taking part in a project: each gets its workspace when it joins, is followed by one of the
 * project's consultants, and keeps its workspace read-only when it withdraws. For the people who run the project
 * (the same rule as {@link ProjectAdministration}).
 */
@Service
@Transactional(readOnly = true)
public class ProjectParticipation {

    public record ParticipantRow(long workspaceId, long organisationId, String organisationName, Long consultantId,
            String consultantName, boolean withdrawn) {
    }

    private static final Logger log = LoggerFactory.getLogger(ProjectParticipation.class);

    private final ProjectAdministration administration;
    private final WorkspaceRepository workspaces;
    private final OrganisationService organisations;
    private final UserDirectory userDirectory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WorkspaceAccess access;
    private final CurrentUser currentUser;
    private final WorkspaceOrganisations workspaceOrganisations;

    ProjectParticipation(ProjectAdministration administration, WorkspaceRepository workspaces,
            OrganisationService organisations, UserDirectory userDirectory, ApplicationEventPublisher events,
            Clock clock, WorkspaceAccess access, CurrentUser currentUser, WorkspaceOrganisations workspaceOrganisations) {
        this.workspaceOrganisations = workspaceOrganisations;
        this.access = access;
        this.currentUser = currentUser;
        this.administration = administration;
        this.workspaces = workspaces;
        this.organisations = organisations;
        this.userDirectory = userDirectory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A project leader turns sharing of their organisation's new notes in this project on or off; the notes
     * written before stay as they are.
     */
    @Transactional
    public void shareNewNotes(long workspaceId, boolean share) {
        PerRequest.forget(); // the request's remembered access checks may no longer hold
        PortalUser user = currentUser.require();
        access.requireWritable(workspaceId);
        if (user.role() != Role.PROJECT_LEADER) {
            throw WorkspaceAccess.refuse(user, "set sharing of", workspaceId);
        }
        workspaces.findById(workspaceId).orElseThrow().shareNewNotes(share);
        log.info("{} turned sharing of new notes {} in workspace {}", user, share ? "on" : "off", workspaceId);
    }

    public List<ParticipantRow> participants(long projectId) {
        administration.requireRunnableProject(projectId);
        List<Workspace> found = workspaces.findByProjects(List.of(projectId));
        Map<Long, OrganisationRef> named = workspaceOrganisations.of(found);
        Map<Long, String> consultants = workspaceOrganisations.consultantsOf(found);
        return WorkspaceOrganisations.sorted(found, named).stream()
                .map(p -> new ParticipantRow(p.getId(), p.getOrganisationId(), named.get(p.getOrganisationId()).name(),
                        p.getConsultantId(), p.getConsultantId() == null ? null : consultants.get(p.getConsultantId()),
                        p.isWithdrawn()))
                .toList();
    }

    /** The organisation joins the project and gets its workspace; a withdrawn one gets its workspace back. */
    @Transactional
    public long addOrganisation(long projectId, long organisationId, Long consultantId) {
        PerRequest.forget();
        Project project = administration.requireOpen(projectId);
        OrganisationRef organisation = organisations.requireActive(organisationId, "organisation");
        if (consultantId != null && !project.getConsultantIds().contains(consultantId)) {
            throw new ValidationFailedException(Map.of("consultant", "validation.unknownChoice"));
        }
        Workspace workspace = workspaces.findWorkspaceIdOf(projectId, organisationId)
                .flatMap(workspaces::findWithDetails)
                .map(existing -> {
                    existing.rejoin();
                    return existing;
                })
                .orElseGet(() -> workspaces.save(new Workspace(project, organisation.id(), consultantId)));
        if (consultantId != null) {
            workspace.assign(consultantId);
        }
        events.publishEvent(Audited.of(AuditAction.WORKSPACE_ADDED, Audited.PROJECT, projectId, project.getName(),
                organisationId).change(null, organisation.name()));
        return workspace.getId();
    }

    /** The consultant who follows one organisation in the project. */
    @Transactional
    public void assignConsultant(long workspaceId, Long consultantId) {
        PerRequest.forget();
        Workspace workspace = workspaces.findWithDetails(workspaceId)
                .orElseThrow(() -> new NotFoundException("error.workspaceRefused", "No workspace " + workspaceId));
        Project project = administration.requireOpen(workspace.getProject().getId());
        if (consultantId != null && !project.getConsultantIds().contains(consultantId)) {
            throw new ValidationFailedException(Map.of("consultant", "validation.unknownChoice"));
        }
        workspace.assign(consultantId);
    }

    /** The organisation leaves the project: its workspace and everything in it stay, read-only. */
    @Transactional
    public void withdraw(long workspaceId) {
        PerRequest.forget();
        Workspace workspace = workspaces.findWithDetails(workspaceId)
                .orElseThrow(() -> new NotFoundException("error.workspaceRefused", "No workspace " + workspaceId));
        Project project = administration.requireOpen(workspace.getProject().getId());
        workspace.withdraw(clock.instant());
        events.publishEvent(Audited.of(AuditAction.WORKSPACE_WITHDRAWN, Audited.PROJECT, project.getId(),
                project.getName(), workspace.getOrganisationId())
                .change(organisations.nameOf(workspace.getOrganisationId()), null));
    }
}
