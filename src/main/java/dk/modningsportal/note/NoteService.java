package dk.modningsportal.note;

import static dk.modningsportal.note.NoteDraft.*;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.Paging;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.intervention.CoreElement;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionVersion;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.project.WorkspaceContentChanged;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory;
import dk.modningsportal.trialaction.TrialAction;
import dk.modningsportal.trialaction.TrialActionService;
import dk.modningsportal.trialaction.TrialActionService.TrialActionRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.context.ApplicationEventPublisher;
import dk.modningsportal.base.AuditAction;
import dk.modningsportal.base.Audited;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dk.modningsportal.activity.ActivityKind;
import dk.modningsportal.activity.ActivityLog;
import dk.modningsportal.project.WorkspaceRoutes;

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

    NoteService(NoteRepository notes, WorkspaceAccess workspaceAccess, InterventionCatalog catalog,
            TrialActionService trialActions, UserDirectory userDirectory, CurrentUser currentUser,
            Clock clock, ApplicationEventPublisher events, ActivityLog activity) {
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
    public NoteDraft newDraft(long workspaceId) {
        workspaceAccess.requireWritable(workspaceId);
        NoteDraft draft = new NoteDraft();
        draft.setWorkspaceId(workspaceId);
        draft.setInterventionVersion(catalog.currentVersion(workspaceId).orElse(null));
        return draft;
    }

    @Transactional(readOnly = true)
    public NoteDraft load(long noteId) {
        ExperienceNote note = find(noteId);
        guard(noteId, () -> workspaceAccess.requireReadable(note.getWorkspace().getId()));
        return toDraft(note);
    }

    /** The quick capture: a text, its kind and (optionally) a core element; the rest takes defaults. */
    public NoteDraft capture(long workspaceId, String summary, NoteKind kind, CoreElementRef coreElement) {
        NoteDraft draft = newDraft(workspaceId);
        draft.setSummary(summary);
        draft.setKind(kind);
        draft.setCoreElement(coreElement);
        return create(workspaceId, draft);
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
        NoteDraft draft = new NoteDraft();
        draft.setSummary(summary.length() <= ExperienceNote.SUMMARY_MAX ? summary
                : summary.substring(0, ExperienceNote.SUMMARY_MAX - 1) + "…");
        draft.setKind(kind);
        draft.setSource(source);
        draft.setInterventionVersion(catalog.currentVersion(workspaceId).orElse(null));
        validate(draft);
        ExperienceNote note = new ExperienceNote(workspace, userDirectory.reference(user.id()), clock.instant());
        apply(workspace, draft, note);
        ExperienceNote saved = notes.saveAndFlush(note);
        activity.record(workspace, ActivityKind.NOTE_ADDED, saved.getSummary(),
                WorkspaceRoutes.note(workspaceId, saved.getId()));
        events.publishEvent(WorkspaceContentChanged.of(workspace));
        return saved.getId();
    }

    public NoteDraft create(long workspaceId, NoteDraft draft) {
        Workspace workspace = workspaceAccess.requireWritable(workspaceId);
        PortalUser user = currentUser.require();
        validate(draft);
        ExperienceNote note = new ExperienceNote(workspace, userDirectory.reference(user.id()), clock.instant());
        apply(workspace, draft, note);
        ExperienceNote saved = notes.saveAndFlush(note);
        activity.record(workspace, ActivityKind.NOTE_ADDED, saved.getSummary(),
                WorkspaceRoutes.note(workspaceId, saved.getId()));
        events.publishEvent(WorkspaceContentChanged.of(workspace));
        log.info("{} added note {} in workspace {}", user, saved.getId(), workspaceId);
        return toDraft(saved);
    }

    public NoteDraft update(NoteDraft draft) {
        PortalUser user = currentUser.require();
        ExperienceNote note = find(draft.getId());
        guard(note.getId(), () -> workspaceAccess.requireWritable(note.getWorkspace().getId()));
        if (note.getVersion() != draft.getVersion()) {
            throw new ConcurrentEditException(note.getUpdatedBy().getDisplayName(), note.getUpdatedAt(),
                    note.getVersion());
        }
        validate(draft);
        apply(note.getWorkspace(), draft, note);
        note.touch(userDirectory.reference(user.id()), clock.instant());
        try {
            ExperienceNote saved = notes.saveAndFlush(note);
            activity.record(note.getWorkspace(), ActivityKind.NOTE_CHANGED, saved.getSummary(),
                    WorkspaceRoutes.note(note.getWorkspace().getId(), saved.getId()));
            events.publishEvent(WorkspaceContentChanged.of(note.getWorkspace()));
            return toDraft(saved);
        } catch (OptimisticLockingFailureException race) {
            throw new ConcurrentEditException("?", clock.instant(), draft.getVersion() + 1);
        }
    }

    public void delete(long noteId, long expectedVersion) {
        ExperienceNote note = find(noteId);
        guard(noteId, () -> workspaceAccess.requireWritable(note.getWorkspace().getId()));
        if (note.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(note.getUpdatedBy().getDisplayName(), note.getUpdatedAt(),
                    note.getVersion());
        }
        notes.delete(note);
        notes.flush();
        activity.record(note.getWorkspace(), ActivityKind.NOTE_DELETED, note.getSummary(), null);
        events.publishEvent(Audited.of(AuditAction.DELETED, "NOTE", note.getId(), note.getSummary(),
                note.getWorkspace().getOrganisation().getId()));
        events.publishEvent(WorkspaceContentChanged.of(note.getWorkspace()));
        log.info("{} deleted note {}", currentUser.require(), noteId);
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

    private static void validate(NoteDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, SUMMARY, draft.getSummary(), true, ExperienceNote.SUMMARY_MAX);
        TextRules.check(errors, DETAILS, draft.getDetails(), false, ExperienceNote.DETAILS_MAX);
        if (draft.getKind() == null) {
            errors.put(KIND, TextRules.REQUIRED);
        }
        if (draft.getSource() == null) {
            errors.put(SOURCE, TextRules.REQUIRED);
        }
        if (draft.getInterventionVersion() == null) {
            errors.put(INTERVENTION_VERSION, TextRules.REQUIRED);
        }
        TextRules.throwIfAny(errors);
    }

    private void apply(Workspace workspace, NoteDraft draft, ExperienceNote note) {
        long projectId = workspace.getProject().getId();
        InterventionVersion version = catalog.trialledVersionOfProject(projectId, draft.getInterventionVersion().id(),
                INTERVENTION_VERSION);
        CoreElement element = draft.getCoreElement() == null ? null
                : catalog.coreElementsOfProject(projectId, List.of(draft.getCoreElement().id()), CORE_ELEMENT).get(0);
        TrialAction linked = draft.getTrialAction() == null ? null
                : trialActions.requireInWorkspace(workspace.getId(), draft.getTrialAction().id());
        note.write(draft.getSummary().strip(), TextRules.trimToNull(draft.getDetails()), draft.getKind(),
                draft.getSource(), element, version, linked);
    }

    private static NoteDraft toDraft(ExperienceNote note) {
        NoteDraft draft = new NoteDraft();
        draft.setId(note.getId());
        draft.setVersion(note.getVersion());
        draft.setWorkspaceId(note.getWorkspace().getId());
        draft.setSummary(note.getSummary());
        draft.setDetails(note.getDetails());
        draft.setKind(note.getKind());
        draft.setSource(note.getSource());
        CoreElement element = note.getCoreElement();
        draft.setCoreElement(element == null ? null
                : new CoreElementRef(element.getId(), element.getName(), element.getDescription()));
        InterventionVersion version = note.getInterventionVersion();
        draft.setInterventionVersion(new VersionRef(version.getId(), version.getLabel(), version.getStatus()));
        TrialAction linked = note.getTrialAction();
        draft.setTrialAction(linked == null ? null : new TrialActionRef(linked.getId(), linked.getTitle()));
        draft.setAuthorName(note.getCreatedBy().getDisplayName());
        return draft;
    }

    private static NoteRow row(ExperienceNote n) {
        return new NoteRow(n.getId(), n.getSummary(), n.getKind(), n.getSource(),
                n.getCoreElement() == null ? null : n.getCoreElement().getName(),
                n.getInterventionVersion().getLabel(),
                n.getTrialAction() == null ? null : n.getTrialAction().getTitle(),
                n.getCreatedBy().getDisplayName(), n.getCreatedAt());
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
