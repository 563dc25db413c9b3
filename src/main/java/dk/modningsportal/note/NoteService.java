package dk.modningsportal.note;

import static dk.modningsportal.note.NoteInput.*;

import dk.modningsportal.intervention.InterventionCatalog.Vocabulary;
import dk.modningsportal.activity.ActivityKind;
import dk.modningsportal.activity.ActivityLog;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.Paging;
import dk.modningsportal.base.SharedWithProject;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceRef;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceContentChanged;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory;
import dk.modningsportal.security.VersionedSaves;
import dk.modningsportal.trialaction.TrialActionQueries;
import dk.modningsportal.trialaction.TrialActionQueries.TrialActionFacts;
import dk.modningsportal.trialaction.TrialActionService.TrialActionRef;
import dk.modningsportal.trialaction.TrialActionService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Experience notes of a workspace: every read and write checks the workspace's access rules first. */
@Service
@Transactional
public class NoteService {

    private static final Logger log = LoggerFactory.getLogger(NoteService.class);

    private final NoteRepository notes;
    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private final TrialActionService trialActions;
    private final TrialActionQueries trialActionQueries;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ActivityLog activity;
    private final VersionedSaves versionedSaves;
    private final EntityManager em;
    private final OrganisationService organisations;

    NoteService(NoteRepository notes, WorkspaceAccess workspaceAccess, InterventionCatalog catalog,
            TrialActionService trialActions, TrialActionQueries trialActionQueries, UserDirectory userDirectory, CurrentUser currentUser,
            Clock clock, ApplicationEventPublisher events, ActivityLog activity, VersionedSaves versionedSaves,
            EntityManager em, OrganisationService organisations) {
        this.organisations = organisations;
        this.em = em;
        this.versionedSaves = versionedSaves;
        this.events = events;
        this.activity = activity;
        this.notes = notes;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        this.trialActions = trialActions;
        this.trialActionQueries = trialActionQueries;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NoteRow> list(long workspaceId, NoteFilter filter, Pageable page) {
        long projectId = workspaceAccess.requireReadable(workspaceId).projectId();
        List<ExperienceNote> found = notes.findAll(filter.of(workspaceId), Paging.newestFirstUnlessSorted(page)).getContent();
        Map<Long, TrialActionFacts> linked = linkedTrialActions(found);
        Map<Long, String> authors = userDirectory.displayNamesOf(
                found.stream().map(ExperienceNote::getCreatedById).collect(Collectors.toSet()));
        Vocabulary vocabulary = catalog.vocabulary(projectId);
        return found.stream().map(n -> NoteMapping.row(n, vocabulary, linked.get(n.getTrialActionId()),
                authors.getOrDefault(n.getCreatedById(), "?"))).toList();
    }

    @Transactional(readOnly = true)
    public int count(long workspaceId, NoteFilter filter) {
        workspaceAccess.requireReadable(workspaceId);
        return (int) notes.count(filter.of(workspaceId));
    }

    @Transactional(readOnly = true)
    public long countAll(long workspaceId) {
        workspaceAccess.requireReadable(workspaceId);
        return notes.countInWorkspace(workspaceId);
    }

    /** A blank note in the version in trial, from daily practice. */
    @Transactional(readOnly = true)
    public NoteInput emptyInput(long workspaceId) {
        workspaceAccess.requireWritable(workspaceId);
        NoteInput input = new NoteInput();
        input.setWorkspaceId(workspaceId);
        input.setInterventionVersion(catalog.currentVersion(workspaceId).orElse(null));
        return input;
    }

    @Transactional(readOnly = true)
    public NoteInput load(long noteId) {
        ExperienceNote note = find(noteId);
        guard(noteId, () -> workspaceAccess.requireReadable(note.getWorkspace().id()));
        return toInput(note);
    }

    /** The quick capture: a text, its kind and (optionally) a core element; the rest takes defaults. */
    public NoteInput capture(long workspaceId, String summary, NoteKind kind, CoreElementRef coreElement) {
        WorkspaceFacts workspace = workspaceAccess.requireWritable(workspaceId);
        NoteInput input = new NoteInput();
        input.setWorkspaceId(workspaceId);
        input.setInterventionVersion(catalog.currentVersion(workspaceId).orElse(null));
        input.setSummary(summary);
        input.setKind(kind);
        input.setCoreElement(coreElement);
        return create(workspace, input);
    }

    /**
     * An experience note that a meeting's published minutes put into an organisation's workspace. Those who
     * keep minutes are the project's consultants or the organisation's own people; nobody else.
     */
    public long recordFromMeeting(long workspaceId, String summary, NoteKind kind, NoteSource source) {
        WorkspaceFacts workspace = workspaceAccess.requireReadable(workspaceId);
        PortalUser user = currentUser.require();
        if (!workspaceAccess.canWrite(user, workspace.ref()) && !workspaceAccess.isConsultantOf(workspace.projectId())) {
            throw new AccessRefusedException("error.noteRefused", user + " may not record notes in " + workspaceId);
        }
        NoteInput input = new NoteInput();
        input.setSummary(summary.length() <= ExperienceNote.SUMMARY_MAX ? summary
                : summary.substring(0, ExperienceNote.SUMMARY_MAX - 1) + "…");
        input.setKind(kind);
        input.setSource(source);
        input.setInterventionVersion(catalog.currentVersion(workspaceId).orElse(null));
        return store(workspace, input, user, false).getId();
    }

    public NoteInput create(long workspaceId, NoteInput input) {
        return create(workspaceAccess.requireWritable(workspaceId), input);
    }

    private NoteInput create(WorkspaceFacts workspace, NoteInput input) {
        return toInput(store(workspace, input, currentUser.require(), workspace.shareNewNotes()));
    }

    /** A new note in the workspace, shared at once when asked (the workspace shares new notes by default). */
    private ExperienceNote store(WorkspaceFacts workspace, NoteInput input, PortalUser user, boolean shared) {
        NoteRules.check(input);
        ExperienceNote note = new ExperienceNote(workspace.ref(), user.id(), clock.instant());
        apply(workspace.ref(), input, note);
        if (shared) {
            note.getSharing().set(true, user.id(), note.getCreatedAt());
        }
        ExperienceNote saved = notes.saveAndFlush(note);
        activity.record(workspace.id(), ActivityKind.NOTE_ADDED, saved.getSummary(),
                NoteRoutes.note(workspace.id(), saved.getId()));
        events.publishEvent(WorkspaceContentChanged.of(workspace.ref()));
        log.info("{} added note {} in workspace {}{}", user, saved.getId(), workspace.id(),
                saved.getSharing().isShared() ? " (shared with the project)" : "");
        return saved;
    }

    public NoteInput update(NoteInput input) {
        PortalUser user = currentUser.require();
        ExperienceNote note = find(input.getId());
        guard(note.getId(), () -> workspaceAccess.requireWritable(note.getWorkspace().id()));
        versionedSaves.requireUnchanged(note, input.getVersion());
        NoteRules.check(input);
        apply(note.getWorkspace(), input, note);
        note.changedBy(user.id(), clock.instant());
        ExperienceNote saved = versionedSaves.saveAndFlush(notes, note,
                () -> new NotFoundException("error.noteRefused", "Deleted " + input.getId()));
        activity.record(note.getWorkspace().id(), ActivityKind.NOTE_CHANGED, saved.getSummary(),
                NoteRoutes.note(note.getWorkspace().id(), saved.getId()));
        events.publishEvent(WorkspaceContentChanged.of(note.getWorkspace()));
        return toInput(saved);
    }

    public void delete(long noteId, long expectedVersion) {
        ExperienceNote note = find(noteId);
        guard(noteId, () -> workspaceAccess.requireWritable(note.getWorkspace().id()));
        versionedSaves.requireUnchanged(note, expectedVersion);
        notes.delete(note);
        notes.flush();
        activity.record(note.getWorkspace().id(), ActivityKind.NOTE_DELETED, note.getSummary(), null);
        events.publishEvent(Audited.of(AuditAction.DELETED, "NOTE", note.getId(), note.getSummary(),
                note.getWorkspace().organisationId()));
        events.publishEvent(WorkspaceContentChanged.of(note.getWorkspace()));
        log.info("{} deleted note {}", currentUser.require(), noteId);
    }

    /** Whether the note is shared with the project's other organisations, by whom and when; for its readers. */
    @Transactional(readOnly = true)
    public SharedWithProject.State sharing(long noteId) {
        ExperienceNote note = find(noteId);
        guard(noteId, () -> workspaceAccess.requireReadable(note.getWorkspace().id()));
        return userDirectory.stateOf(note.getSharing());
    }

    /**
     * Shares the note with the project's other organisations ({@code true}) or withdraws it: for those who write
     * its workspace. Withdrawn, it is the organisation's own again, and others' comments on it with it.
     */
    public SharedWithProject.State share(long noteId, boolean share) {
        PortalUser user = currentUser.require();
        ExperienceNote note = find(noteId);
        guard(noteId, () -> workspaceAccess.requireWritable(note.getWorkspace().id()));
        note.getSharing().set(share, user.id(), clock.instant());
        notes.saveAndFlush(note);
        WorkspaceRef workspace = note.getWorkspace();
        events.publishEvent(new SharedWithProject.Changed("NOTE", noteId, note.getSummary(), workspace.id(),
                workspace.organisationId(), share, NoteRoutes.note(workspace.id(), noteId)));
        events.publishEvent(WorkspaceContentChanged.of(workspace));
        log.info("{} {} note {}", user, share ? "shared" : "withdrew", noteId);
        return userDirectory.stateOf(note.getSharing());
    }

    /**
     * A note as the project's other organisations read it once it is shared: for the person who takes part in
     * the project (or may read its workspace anyway). Unshared, or of another project, it is refused as if unknown.
     * A linked trial action is named only if it is shared too.
     */
    @Transactional(readOnly = true)
    public SharedNote shared(long noteId) {
        ExperienceNote note = find(noteId);
        WorkspaceRef workspace = note.getWorkspace();
        boolean own = workspaceAccess.readsOwnOrShared(workspace.id(), note.getSharing()).orElseThrow(() -> {
            log.warn("Refused unshared note {} to {}", noteId, currentUser.get().orElse(null));
            return new NotFoundException("error.noteRefused", "Note " + noteId + " is not shared");
        });
        TrialActionFacts linked = linkedTrialActions(List.of(note)).get(note.getTrialActionId());
        SharedWithProject.State sharing = userDirectory.stateOf(note.getSharing());
        Vocabulary vocabulary = catalog.vocabulary(workspace.projectId());
        return new SharedNote(note.getId(), workspace.projectId(), workspace.id(),
                organisations.nameOf(workspace.organisationId()), note.getSummary(), note.getDetails(), note.getKind(),
                note.getSource(), vocabulary.elementName(note.getCoreElementId()),
                vocabulary.versionLabel(note.getInterventionVersionId()),
                linked != null && (own || linked.shared()) ? linked.title() : null,
                linked != null && (own || linked.shared()) ? linked.id() : null,
                note.getCreatedAt(), sharing, own);
    }

    /** How long a deleted note can be brought back. */
    public static final Duration UNDO_WINDOW = Duration.ofMinutes(10);

    /**
     * Brings back a note deleted in the last {@link #UNDO_WINDOW} (measured by the database's clock, which
     * marked it), for those who may write its workspace.
     */
    public void restore(long noteId) {
        List<?> found = em.createNativeQuery("select workspace_id from experience_note where id = ?1 "
                        + "and deleted_at > current_timestamp - interval '10' minute")
                .setParameter(1, noteId).getResultList();
        if (found.isEmpty()) {
            throw new ValidationFailedException(Map.of("note", "note.undoExpired"));
        }
        WorkspaceFacts workspace = workspaceAccess.requireWritable(((Number) found.get(0)).longValue());
        em.createNativeQuery("update experience_note set deleted_at = null where id = ?1").setParameter(1, noteId)
                .executeUpdate();
        ExperienceNote note = find(noteId);
        activity.record(workspace.id(), ActivityKind.NOTE_RESTORED, note.getSummary(),
                NoteRoutes.note(workspace.id(), noteId));
        events.publishEvent(Audited.of(AuditAction.RESTORED, "NOTE", noteId, note.getSummary(),
                workspace.organisationId()));
        events.publishEvent(WorkspaceContentChanged.of(workspace.ref()));
        events.publishEvent(new NoteRestored(noteId));
        log.info("{} restored note {}", currentUser.require(), noteId);
    }

    private NoteInput toInput(ExperienceNote note) {
        TrialActionFacts linked = linkedTrialActions(List.of(note)).get(note.getTrialActionId());
        return NoteMapping.toInput(note, catalog.vocabulary(note.getWorkspace().projectId()),
                linked == null ? null : new TrialActionRef(linked.id(), linked.title()),
                userDirectory.displayNameOf(note.getCreatedById()));
    }

    /** The trial actions the notes came from, in one query (they are the trial action module's). */
    private Map<Long, TrialActionFacts> linkedTrialActions(List<ExperienceNote> found) {
        Set<Long> ids = found.stream().map(ExperienceNote::getTrialActionId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return trialActionQueries.facts(ids).stream().collect(Collectors.toMap(TrialActionFacts::id, f -> f));
    }

    private ExperienceNote find(long noteId) {
        return notes.findById(noteId).orElseThrow(() -> {
            log.warn("Refused unknown note {} to {}", noteId, currentUser.get().orElse(null));
            return new NotFoundException("error.noteRefused", "No note " + noteId);
        });
    }

    /** Runs the workspace check and turns its refusal into one about the note, never naming the workspace. */
    private void guard(long noteId, Runnable check) {
        try {
            check.run();
        } catch (AccessRefusedException refused) {
            log.warn("Refused note {} to {}", noteId, currentUser.get().orElse(null));
            throw new AccessRefusedException("error.noteRefused", "Note " + noteId);
        }
    }

    private void apply(WorkspaceRef workspace, NoteInput input, ExperienceNote note) {
        long projectId = workspace.projectId();
        long version = catalog.trialledVersionOfProject(projectId, input.getInterventionVersion().id(),
                INTERVENTION_VERSION).id();
        Long element = input.getCoreElement() == null ? null
                : catalog.coreElementsOfProject(projectId, List.of(input.getCoreElement().id()), CORE_ELEMENT).get(0).id();
        Long linked = input.getTrialAction() == null ? null
                : trialActions.requireInWorkspace(workspace.id(), input.getTrialAction().id()).id();
        note.write(input.getSummary().strip(), TextRules.trimToNull(input.getDetails()), input.getKind(),
                input.getSource(), element, version, linked);
    }
}
