package dk.modningsportal.note;

import static dk.modningsportal.note.NoteInput.*;

import dk.modningsportal.activity.ActivityKind;
import dk.modningsportal.activity.ActivityLog;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.AuditAction;
import dk.modningsportal.base.Audited;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.Paging;
import dk.modningsportal.base.SharedWithProject;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.intervention.CoreElement;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.InterventionVersion;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceContentChanged;
import dk.modningsportal.project.WorkspaceRoutes;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory;
import dk.modningsportal.security.VersionedSaves;
import dk.modningsportal.trialaction.TrialAction;
import dk.modningsportal.trialaction.TrialActionService.TrialActionRef;
import dk.modningsportal.trialaction.TrialActionService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
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
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ActivityLog activity;
    private final VersionedSaves versionedSaves;
    private final EntityManager em;

    NoteService(NoteRepository notes, WorkspaceAccess workspaceAccess, InterventionCatalog catalog,
            TrialActionService trialActions, UserDirectory userDirectory, CurrentUser currentUser,
            Clock clock, ApplicationEventPublisher events, ActivityLog activity, VersionedSaves versionedSaves,
            EntityManager em) {
        this.em = em;
        this.versionedSaves = versionedSaves;
        this.events = events;
        this.activity = activity;
        this.notes = notes;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        this.trialActions = trialActions;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NoteRow> list(long workspaceId, NoteFilter filter, Pageable page) {
        workspaceAccess.requireReadable(workspaceId);
        return notes.findAll(matching(workspaceId, filter), Paging.newestFirstUnlessSorted(page)).stream().map(NoteService::row).toList();
    }

    @Transactional(readOnly = true)
    public int count(long workspaceId, NoteFilter filter) {
        workspaceAccess.requireReadable(workspaceId);
        return (int) notes.count(matching(workspaceId, filter));
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
        guard(noteId, () -> workspaceAccess.requireReadable(note.getWorkspace().getId()));
        return toInput(note);
    }

    /** The quick capture: a text, its kind and (optionally) a core element; the rest takes defaults. */
    public NoteInput capture(long workspaceId, String summary, NoteKind kind, CoreElementRef coreElement) {
        Workspace workspace = workspaceAccess.requireWritable(workspaceId);
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
        Workspace workspace = workspaceAccess.requireReadable(workspaceId);
        PortalUser user = currentUser.require();
        if (!workspaceAccess.canWrite(user, workspace) && !workspaceAccess.isConsultantOf(workspace.getProject().getId())) {
            throw new AccessRefusedException("error.noteRefused", user + " may not record notes in " + workspaceId);
        }
        NoteInput input = new NoteInput();
        input.setSummary(summary.length() <= ExperienceNote.SUMMARY_MAX ? summary
                : summary.substring(0, ExperienceNote.SUMMARY_MAX - 1) + "…");
        input.setKind(kind);
        input.setSource(source);
        input.setInterventionVersion(catalog.currentVersion(workspaceId).orElse(null));
        validate(input);
        ExperienceNote note = new ExperienceNote(workspace, userDirectory.reference(user.id()), clock.instant());
        apply(workspace, input, note);
        ExperienceNote saved = notes.saveAndFlush(note);
        activity.record(workspace, ActivityKind.NOTE_ADDED, saved.getSummary(),
                WorkspaceRoutes.note(workspaceId, saved.getId()));
        events.publishEvent(WorkspaceContentChanged.of(workspace));
        return saved.getId();
    }

    public NoteInput create(long workspaceId, NoteInput input) {
        return create(workspaceAccess.requireWritable(workspaceId), input);
    }

    private NoteInput create(Workspace workspace, NoteInput input) {
        long workspaceId = workspace.getId();
        PortalUser user = currentUser.require();
        validate(input);
        ExperienceNote note = new ExperienceNote(workspace, userDirectory.reference(user.id()), clock.instant());
        apply(workspace, input, note);
        if (workspace.isShareNewNotes()) {
            note.getSharing().set(true, user.id(), note.getCreatedAt());
        }
        ExperienceNote saved = notes.saveAndFlush(note);
        activity.record(workspace, ActivityKind.NOTE_ADDED, saved.getSummary(),
                WorkspaceRoutes.note(workspaceId, saved.getId()));
        events.publishEvent(WorkspaceContentChanged.of(workspace));
        log.info("{} added note {} in workspace {}{}", user, saved.getId(), workspaceId,
                saved.getSharing().isShared() ? " (shared with the project)" : "");
        return toInput(saved);
    }

    public NoteInput update(NoteInput input) {
        PortalUser user = currentUser.require();
        ExperienceNote note = find(input.getId());
        guard(note.getId(), () -> workspaceAccess.requireWritable(note.getWorkspace().getId()));
        versionedSaves.requireUnchanged(note, input.getVersion());
        validate(input);
        apply(note.getWorkspace(), input, note);
        note.touch(userDirectory.reference(user.id()), clock.instant());
        ExperienceNote saved = versionedSaves.saveAndFlush(notes, note,
                () -> new NotFoundException("error.noteRefused", "Deleted " + input.getId()));
        activity.record(note.getWorkspace(), ActivityKind.NOTE_CHANGED, saved.getSummary(),
                WorkspaceRoutes.note(note.getWorkspace().getId(), saved.getId()));
        events.publishEvent(WorkspaceContentChanged.of(note.getWorkspace()));
        return toInput(saved);
    }

    public void delete(long noteId, long expectedVersion) {
        ExperienceNote note = find(noteId);
        guard(noteId, () -> workspaceAccess.requireWritable(note.getWorkspace().getId()));
        versionedSaves.requireUnchanged(note, expectedVersion);
        notes.delete(note);
        notes.flush();
        activity.record(note.getWorkspace(), ActivityKind.NOTE_DELETED, note.getSummary(), null);
        events.publishEvent(Audited.of(AuditAction.DELETED, "NOTE", note.getId(), note.getSummary(),
                note.getWorkspace().getOrganisation().getId()));
        events.publishEvent(WorkspaceContentChanged.of(note.getWorkspace()));
        log.info("{} deleted note {}", currentUser.require(), noteId);
    }

    /** Whether the note is shared with the project's other organisations, by whom and when; for its readers. */
    @Transactional(readOnly = true)
    public SharedWithProject.State sharing(long noteId) {
        ExperienceNote note = find(noteId);
        guard(noteId, () -> workspaceAccess.requireReadable(note.getWorkspace().getId()));
        return userDirectory.stateOf(note.getSharing());
    }

    /**
     * Shares the note with the project's other organisations ({@code true}) or withdraws it: for those who write
     * its workspace. Withdrawn, it is the organisation's own again, and others' comments on it with it.
     */
    public SharedWithProject.State share(long noteId, boolean share) {
        PortalUser user = currentUser.require();
        ExperienceNote note = find(noteId);
        guard(noteId, () -> workspaceAccess.requireWritable(note.getWorkspace().getId()));
        note.getSharing().set(share, user.id(), clock.instant());
        notes.saveAndFlush(note);
        Workspace workspace = note.getWorkspace();
        events.publishEvent(new SharedWithProject.Changed("NOTE", noteId, note.getSummary(), workspace.getId(),
                workspace.getOrganisationId(), share, WorkspaceRoutes.note(workspace.getId(), noteId)));
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
        Workspace workspace = note.getWorkspace();
        boolean own = workspaceAccess.readsOwnOrShared(workspace, note.getSharing()).orElseThrow(() -> {
            log.warn("Refused unshared note {} to {}", noteId, currentUser.get().orElse(null));
            return new NotFoundException("error.noteRefused", "Note " + noteId + " is not shared");
        });
        TrialAction linked = note.getTrialAction();
        SharedWithProject.State sharing = userDirectory.stateOf(note.getSharing());
        return new SharedNote(note.getId(), workspace.getProject().getId(), workspace.getId(),
                workspace.getOrganisation().getName(), note.getSummary(), note.getDetails(), note.getKind(),
                note.getSource(), note.getCoreElement() == null ? null : note.getCoreElement().getName(),
                note.getInterventionVersion().getLabel(),
                linked != null && (own || linked.getSharing().isShared()) ? linked.getTitle() : null,
                linked != null && (own || linked.getSharing().isShared()) ? linked.getId() : null,
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
        Workspace workspace = workspaceAccess.requireWritable(((Number) found.get(0)).longValue());
        em.createNativeQuery("update experience_note set deleted_at = null where id = ?1").setParameter(1, noteId)
                .executeUpdate();
        ExperienceNote note = find(noteId);
        activity.record(workspace, ActivityKind.NOTE_RESTORED, note.getSummary(),
                WorkspaceRoutes.note(workspace.getId(), noteId));
        events.publishEvent(Audited.of(AuditAction.RESTORED, "NOTE", noteId, note.getSummary(),
                workspace.getOrganisation().getId()));
        events.publishEvent(WorkspaceContentChanged.of(workspace));
        events.publishEvent(new NoteRestored(noteId));
        log.info("{} restored note {}", currentUser.require(), noteId);
    }

    private ExperienceNote find(long noteId) {
        return notes.findWithDetails(noteId).orElseThrow(() -> {
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

    private static void validate(NoteInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, SUMMARY, input.getSummary(), true, ExperienceNote.SUMMARY_MAX);
        TextRules.check(errors, DETAILS, input.getDetails(), false, ExperienceNote.DETAILS_MAX);
        if (input.getKind() == null) {
            errors.put(KIND, TextRules.REQUIRED);
        }
        if (input.getSource() == null) {
            errors.put(SOURCE, TextRules.REQUIRED);
        }
        if (input.getInterventionVersion() == null) {
            errors.put(INTERVENTION_VERSION, TextRules.REQUIRED);
        }
        TextRules.throwIfAny(errors);
    }

    private void apply(Workspace workspace, NoteInput input, ExperienceNote note) {
        long projectId = workspace.getProject().getId();
        InterventionVersion version = catalog.trialledVersionOfProject(projectId, input.getInterventionVersion().id(),
                INTERVENTION_VERSION);
        CoreElement element = input.getCoreElement() == null ? null
                : catalog.coreElementsOfProject(projectId, List.of(input.getCoreElement().id()), CORE_ELEMENT).get(0);
        TrialAction linked = input.getTrialAction() == null ? null
                : trialActions.requireInWorkspace(workspace.getId(), input.getTrialAction().id());
        note.write(input.getSummary().strip(), TextRules.trimToNull(input.getDetails()), input.getKind(),
                input.getSource(), element, version, linked);
    }

    private static NoteInput toInput(ExperienceNote note) {
        NoteInput input = new NoteInput();
        input.setId(note.getId());
        input.setVersion(note.getVersion());
        input.setWorkspaceId(note.getWorkspace().getId());
        input.setSummary(note.getSummary());
        input.setDetails(note.getDetails());
        input.setKind(note.getKind());
        input.setSource(note.getSource());
        CoreElement element = note.getCoreElement();
        input.setCoreElement(element == null ? null
                : new CoreElementRef(element.getId(), element.getName(), element.getDescription()));
        InterventionVersion version = note.getInterventionVersion();
        input.setInterventionVersion(new VersionRef(version.getId(), version.getLabel(), version.getStatus()));
        TrialAction linked = note.getTrialAction();
        input.setTrialAction(linked == null ? null : new TrialActionRef(linked.getId(), linked.getTitle()));
        input.setAuthorName(note.getCreatedBy().getDisplayName());
        return input;
    }

    private static NoteRow row(ExperienceNote n) {
        return new NoteRow(n.getId(), n.getSummary(), n.getKind(), n.getSource(),
                n.getCoreElement() == null ? null : n.getCoreElement().getName(),
                n.getInterventionVersion().getLabel(),
                n.getTrialAction() == null ? null : n.getTrialAction().getTitle(),
                n.getCreatedBy().getDisplayName(), n.getCreatedAt(), n.getSharing().isShared());
    }

    private static Specification<ExperienceNote> matching(long workspaceId, NoteFilter filter) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<jakarta.persistence.criteria.Predicate>();
            predicates.add(cb.equal(root.get("workspace").get("id"), workspaceId));
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.source() != null) {
                predicates.add(cb.equal(root.get("source"), filter.source()));
            }
            if (filter.coreElementId() != null) {
                predicates.add(cb.equal(root.get("coreElement").get("id"), filter.coreElementId()));
            }
            if (filter.versionId() != null) {
                predicates.add(cb.equal(root.get("interventionVersion").get("id"), filter.versionId()));
            }
            String search = TextRules.likePattern(filter.search());
            if (search != null) {
                predicates.add(cb.or(cb.like(cb.lower(root.get("summary")), search, TextRules.LIKE_ESCAPE),
                        cb.like(cb.lower(root.get("details")), search, TextRules.LIKE_ESCAPE)));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
