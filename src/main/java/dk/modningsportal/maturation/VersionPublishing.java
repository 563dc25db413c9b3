package dk.modningsportal.maturation;

import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.VersionDrafts;
import dk.modningsportal.live.Change;
import dk.modningsportal.maturation.WorkshopService.VersionInfo;
import dk.modningsportal.notification.Notice;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.UserDirectory;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Putting a workshop's draft into trial: the intervention module publishes it, every organisation of the
 * project is told, and the act is logged. For the consultants of the open project.
 */
@Service
@Transactional
public class VersionPublishing {

    private static final Logger log = LoggerFactory.getLogger(VersionPublishing.class);

    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private final VersionDrafts drafts;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final dk.modningsportal.project.ProjectPhases projectPhases;
    private final dk.modningsportal.project.ProjectQueries projectQueries;
    private final com.vaadin.flow.i18n.I18NProvider texts;

    VersionPublishing(WorkspaceAccess workspaceAccess, InterventionCatalog catalog, VersionDrafts drafts,
            UserDirectory userDirectory, CurrentUser currentUser, NotificationService notifications,
            ApplicationEventPublisher events, dk.modningsportal.project.ProjectPhases projectPhases,
            dk.modningsportal.project.ProjectQueries projectQueries, com.vaadin.flow.i18n.I18NProvider texts) {
        this.projectPhases = projectPhases;
        this.projectQueries = projectQueries;
        this.texts = texts;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        this.drafts = drafts;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.events = events;
    }

    /** Puts the draft into trial; the version in trial so far closes. Every workspace then shows the new version. */
    public VersionInfo publish(long projectId, long draftVersionId) {
        return publish(projectId, draftVersionId, false);
    }

    /**
     * As {@link #publish(long, long)}; {@code asFinal}: the draft is the intervention's final version ("Endelig
     * version"), from which no new trial round opens, and the project moves on to its last phase (anchoring).
     */
    public VersionInfo publish(long projectId, long draftVersionId, boolean asFinal) {
        workspaceAccess.requireConsultantOfOpen(projectId);
        VersionRef draft = drafts.publish(projectId, draftVersionId, currentUser.require().id(), asFinal);
        if (asFinal) {
            projectPhases.beginLastPhase(projectId);
        }
        List<WorkspaceSummary> told = workspaceAccess.readableWorkspaces().stream()
                .filter(w -> w.projectId() == projectId).toList();
        String publisher = currentUser.require().displayName();
        for (WorkspaceSummary workspace : told) {
            notifications.send(new Notice(NotificationKind.VERSION_PUBLISHED, projectId, workspace.workspaceId(),
                    workspace.projectName() + " " + draft.label() + (asFinal ? " (" + texts.getTranslation(
                            "maturation.finalVersionShort", java.util.Locale.of("da", "DK")) + ")" : ""), publisher, null,
                    MaturationRoutes.changes(workspace.workspaceId()), "version:" + draft.id()),
                    userDirectory.workspacePeopleOf(List.of(workspace.organisationId())));
        }
        events.publishEvent(Change.versionPublished(projectId));
        events.publishEvent(Audited.of(AuditAction.VERSION_PUBLISHED, Audited.PROJECT, projectId,
                projectQueries.nameOf(projectId), null).change(null, catalog.interventionNameOfProject(projectId).orElse("")
                + " " + draft.label()));
        log.info("{} published version {} of project {} to {} organisations", currentUser.require(), draft.label(),
                projectId, told.size());
        return WorkshopService.info(draft);
    }


}
