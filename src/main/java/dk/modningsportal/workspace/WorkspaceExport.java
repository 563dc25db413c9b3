package dk.modningsportal.workspace;

import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.base.Languages;
import dk.modningsportal.export.ReadableCells;
import dk.modningsportal.export.Spreadsheets;
import dk.modningsportal.export.Spreadsheets.Table;
import dk.modningsportal.comment.CommentService;
import dk.modningsportal.note.NoteQueries;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import dk.modningsportal.trialaction.TrialActionQueries;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's own data as one workbook, for its team, project leader and the organisation's leader: its
 * trial actions, experience notes and the comments on them, in their language.
 */
@Service
@Transactional(readOnly = true)
public class WorkspaceExport {

    private final WorkspaceAccess workspaceAccess;
    private final TrialActionQueries trialActions;
    private final NoteQueries notes;
    private final CommentService comments;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final I18NProvider i18n;

    WorkspaceExport(WorkspaceAccess workspaceAccess, TrialActionQueries trialActions, NoteQueries notes,
            CommentService comments, CurrentUser currentUser, ApplicationEventPublisher events, I18NProvider i18n) {
        this.workspaceAccess = workspaceAccess;
        this.trialActions = trialActions;
        this.notes = notes;
        this.comments = comments;
        this.currentUser = currentUser;
        this.events = events;
        this.i18n = i18n;
    }

    /** The organisation's own people: its team, project leader and leader (others export from the dashboard). */
    public boolean mayExport(long workspaceId) {
        PortalUser user = currentUser.require();
        WorkspaceFacts workspace = workspaceAccess.requireReadable(workspaceId);
        return (user.role() == Role.TEAM_MEMBER || user.role() == Role.PROJECT_LEADER || user.role() == Role.LEADER)
                && workspace.organisationId() == user.organisationId();
    }

    public byte[] xlsx(long workspaceId) {
        if (!mayExport(workspaceId)) {
            throw new AccessRefusedException("error.workspaceRefused", currentUser.require() + " may not export " + workspaceId);
        }
        PortalUser user = currentUser.require();
        ReadableCells cells = new ReadableCells("en".equals(user.language()) ? Languages.ENGLISH : Languages.DANISH, i18n);
        byte[] workbook = Spreadsheets.xlsx(List.of(
                new Table("proevehandlinger", List.of("id", "organisation", "titel", "maal", "aktivitet", "status", "start",
                        "slut", "version", "kerneelementer", "hvad_skete", "laering", "beslutning", "naeste_skridt",
                        "tilpasning_planlagt", "tilpasning_hvem", "tilpasning_hvad", "tilpasning_troskab",
                        "tilpasning_hvorfor", "oprettet", "aendret"), sink -> trialActions.workspaceRows(workspaceId, sink)),
                new Table("erfaringer", List.of("id", "organisation", "type", "kilde", "kerneelement", "version", "erfaring",
                        "uddybning", "proevehandling_id", "oprettet"), sink -> notes.workspaceRows(workspaceId, sink)),
                new Table("kommentarer", List.of("id", "proevehandling_id", "erfaring_id", "svar_paa", "skrevet_af",
                        "feedback", "skrevet", "rettet", "tekst"), sink -> comments.workspaceRows(workspaceId, sink))),
                cells);
        events.publishEvent(Audited.of(AuditAction.EXPORT_DOWNLOADED, "WORKSPACE", workspaceId, "arbejdsrum.xlsx",
                user.organisationId()));
        return workbook;
    }
}
