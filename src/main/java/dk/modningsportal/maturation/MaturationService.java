package dk.modningsportal.maturation;

import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.DanishTime;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.intervention.CoreElement;
import dk.modningsportal.intervention.Intervention;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.InterventionVersion;
import dk.modningsportal.intervention.VersionDrafts;
import dk.modningsportal.intervention.VersionStatus;
import dk.modningsportal.live.Change;
import dk.modningsportal.maturation.BoardItem.ItemRef;
import dk.modningsportal.maturation.BoardItem.ItemType;
import dk.modningsportal.note.ExperienceNote;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory;
import dk.modningsportal.trialaction.TrialAction;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preparing and holding maturation workshops, and publishing the version they lead to. Only the
 * consultants serving a project may do any of it; every method checks that first.
 */
@Service
@Transactional
public class MaturationService {

    private static final Logger log = LoggerFactory.getLogger(MaturationService.class);

    public record ProjectRef(long projectId, String name) {
    }

    public record VersionInfo(long id, String label, VersionStatus status) {
    }

    public record WorkshopInfo(long id, long projectId, String projectName, String title, LocalDate heldOn,
            VersionInfo round, VersionInfo draft, LocalDate previousWorkshop, List<VersionInfo> roundVersions) {
    }

    public record OrganisationRef(long id, String name) {
    }

    public record ThemeRow(long id, long version, String title, String summary, int itemCount,
            List<DecisionRow> decisions) {
    }

    public record DecisionRow(long id, DecisionKind kind, String coreElementName, String newName, String newText,
            String reason, String decidedBy, Instant decidedAt) {
    }

    /** What the consultant decided; which fields are needed depends on the kind. */
    public record DecisionInput(DecisionKind kind, Long coreElementId, String newName, String newText, String reason) {
    }

    private final MaturationRepository workshops;
    private final BoardQueries board;
    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final VersionDrafts drafts;
    private final ProjectQueries projects;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MaturationService(MaturationRepository workshops, BoardQueries board, WorkspaceAccess workspaceAccess,
            InterventionCatalog catalog, VersionDrafts drafts, ProjectQueries projects, UserDirectory userDirectory,
            CurrentUser currentUser, EntityManager em, Clock clock, ApplicationEventPublisher events) {
        this.drafts = drafts;
        this.projects = projects;
        this.events = events;
        this.workshops = workshops;
        this.board = board;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
    }

    /** The projects the current user serves as consultant. */
    @Transactional(readOnly = true)
    public List<ProjectRef> servedProjects() {
        Map<Long, String> projects = new LinkedHashMap<>();
        workspaceAccess.readableWorkspaces().stream()
                .filter(w -> workspaceAccess.isConsultantOf(w.projectId()))
                .forEach(w -> projects.putIfAbsent(w.projectId(), w.projectName()));
        return projects.entrySet().stream().map(e -> new ProjectRef(e.getKey(), e.getValue())).toList();
    }

    @Transactional(readOnly = true)
    public List<WorkshopInfo> workshops(long projectId) {
        workspaceAccess.requireConsultantOf(projectId);
        return workshops.findByProject(projectId).stream().map(this::info).toList();
    }

    /** The versions a workshop can be about: those trialled or in trial. */
    @Transactional(readOnly = true)
    public List<VersionInfo> rounds(long projectId) {
        workspaceAccess.requireConsultantOf(projectId);
        return catalog.interventionOfProject(projectId).getVersions().stream()
                .filter(v -> v.getStatus() != VersionStatus.DRAFT)
                .map(MaturationService::info)
                .toList();
    }

    public WorkshopInfo createWorkshop(long projectId, long roundVersionId, String title, LocalDate heldOn) {
        workspaceAccess.requireConsultantOfOpen(projectId);
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, "title", title, true, Workshop.TITLE_MAX);
        if (heldOn == null) {
            errors.put("heldOn", TextRules.REQUIRED);
        }
        TextRules.throwIfAny(errors);
        InterventionVersion round = catalog.versionOfProject(projectId, roundVersionId, "round");
        if (round.getStatus() == VersionStatus.DRAFT) {
            throw new ValidationFailedException(Map.of("round", "validation.unknownChoice"));
        }
        Workshop workshop = new Workshop(projects.project(projectId), round, title.strip(), heldOn,
                me(), clock.instant());
        em.persist(workshop);
        drafts.draftAfter(projectId, round);
        log.info("{} created workshop {} in project {}", currentUser.require(), workshop.getId(), projectId);
        return info(workshop);
    }

    @Transactional(readOnly = true)
    public WorkshopInfo workshop(long workshopId) {
        return info(requireWorkshop(workshopId));
    }

    /** The board: every note and evaluated trial action of the round that the filter lets through. */
    @Transactional(readOnly = true)
    public List<BoardItem> board(long workshopId, BoardFilter filter) {
        Workshop workshop = requireWorkshop(workshopId);
        long projectId = workshop.getProject().getId();
        catalog.versionOfProject(projectId, filter.versionId(), "version");
        Instant since = filter.newSinceLastWorkshop()
                ? workshops.findPreviousHeldOn(projectId, workshop.getHeldOn())
                        .map(day -> day.plusDays(1).atStartOfDay(DanishTime.ZONE).toInstant()).orElse(null)
                : null;
        Map<ItemRef, WorkshopItem> taken = workshops.findItems(workshopId).stream()
                .collect(Collectors.toMap(MaturationService::ref, i -> i));
        List<BoardItem> items = new ArrayList<>();
        boolean notes = !filter.trialActionsOnly();
        boolean trialActions = filter.noteKind() == null && filter.source() == null;
        if (notes) {
            for (ExperienceNote n : board.notes(projectId, filter, since)) {
                ItemRef ref = new ItemRef(ItemType.NOTE, n.getId());
                items.add(new BoardItem(ref, n.getWorkspace().getOrganisation().getName(), n.getKind(), n.getSummary(),
                        n.getDetails(), n.getSource(), n.getCreatedAt(),
                        n.getCoreElement() == null ? List.of() : List.of(n.getCoreElement().getId()),
                        taken.containsKey(ref), themeOf(taken.get(ref))));
            }
        }
        if (trialActions) {
            for (TrialAction t : board.evaluatedTrialActions(projectId, filter, since)) {
                ItemRef ref = new ItemRef(ItemType.TRIAL_ACTION, t.getId());
                items.add(new BoardItem(ref, t.getWorkspace().getOrganisation().getName(), null, t.getTitle(),
                        t.getLearning(), null, t.getUpdatedAt(),
                        t.getCoreElements().stream().map(CoreElement::getId).sorted().toList(),
                        taken.containsKey(ref), themeOf(taken.get(ref))));
            }
        }
        items.sort(Comparator.comparing(BoardItem::at).reversed());
        return items;
    }

    /** Items of the workshop's round per core element (null: none) and organisation id. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, Long>> counts(long workshopId) {
        Workshop workshop = requireWorkshop(workshopId);
        Map<Long, Map<Long, Long>> byElement = new LinkedHashMap<>();
        board.counts(workshop.getProject().getId(), workshop.getRound().getId()).forEach((cell, count) ->
                byElement.computeIfAbsent(cell.coreElementId(), k -> new LinkedHashMap<>())
                        .put(cell.organisationId(), count));
        return byElement;
    }

    /** The core elements the intervention has had, for grouping the board. */
    @Transactional(readOnly = true)
    public List<dk.modningsportal.intervention.InterventionCatalog.CoreElementRef> coreElements(long workshopId) {
        Workshop workshop = requireWorkshop(workshopId);
        return workshop.getRound().getIntervention().getCoreElements().stream()
                .map(c -> new dk.modningsportal.intervention.InterventionCatalog.CoreElementRef(c.getId(), c.getName(),
                        c.getDescription()))
                .toList();
    }

    /** The organisations taking part in the workshop's project, for filters and count columns. */
    @Transactional(readOnly = true)
    public List<OrganisationRef> organisations(long workshopId) {
        long projectId = requireWorkshop(workshopId).getProject().getId();
        return workspaceAccess.readableWorkspaces().stream()
                .filter(w -> w.projectId() == projectId)
                .map(w -> new OrganisationRef(w.organisationId(), w.organisationName()))
                .toList();
    }

    /** Takes an item to the workshop, or leaves it out again. */
    public void setTaken(long workshopId, ItemRef item, boolean taken) {
        Workshop workshop = requireWorkshop(workshopId);
        workspaceAccess.requireOpenProject(workshop.getProject().getId());
        Optional<WorkshopItem> existing = find(workshopId, item);
        if (taken && existing.isEmpty()) {
            em.persist(newItem(workshop, item));
        } else if (!taken) {
            existing.ifPresent(em::remove);
        }
        boardChanged(workshop);
    }

    /** The other consultants with a board of this project open see the change once it is committed. */
    private void boardChanged(Workshop workshop) {
        events.publishEvent(Change.board(workshop.getProject().getId()));
    }

    /** Places an item in a theme (taking it to the workshop if needed), or takes it out of its theme. */
    public void assignTheme(long workshopId, ItemRef item, Long themeId) {
        Workshop workshop = requireWorkshop(workshopId);
        workspaceAccess.requireOpenProject(workshop.getProject().getId());
        WorkshopTheme theme = themeId == null ? null : requireThemeOf(workshopId, themeId);
        WorkshopItem workshopItem = find(workshopId, item).orElseGet(() -> {
            WorkshopItem created = newItem(workshop, item);
            em.persist(created);
            return created;
        });
        workshopItem.placeIn(theme);
        boardChanged(workshop);
    }

    @Transactional(readOnly = true)
    public List<ThemeRow> themes(long workshopId) {
        requireWorkshop(workshopId);
        List<WorkshopTheme> themes = workshops.findThemes(workshopId);
        if (themes.isEmpty()) {
            return List.of();
        }
        List<Long> ids = themes.stream().map(WorkshopTheme::getId).toList();
        Map<Long, Long> itemCounts = workshops.findItemsOfThemes(ids).stream()
                .collect(Collectors.groupingBy(i -> i.getTheme().getId(), Collectors.counting()));
        Map<Long, List<DecisionRow>> decisions = workshops.findDecisionsOfThemes(ids).stream()
                .collect(Collectors.groupingBy(d -> d.getTheme().getId(), LinkedHashMap::new,
                        Collectors.mapping(MaturationService::row, Collectors.toList())));
        return themes.stream()
                .map(t -> new ThemeRow(t.getId(), t.getVersion(), t.getTitle(), t.getSummary(),
                        itemCounts.getOrDefault(t.getId(), 0L).intValue(), decisions.getOrDefault(t.getId(), List.of())))
                .toList();
    }

    public ThemeRow createTheme(long workshopId, String title) {
        Workshop workshop = requireWorkshop(workshopId);
        workspaceAccess.requireOpenProject(workshop.getProject().getId());
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, "title", title, true, WorkshopTheme.TITLE_MAX);
        TextRules.throwIfAny(errors);
        WorkshopTheme theme = new WorkshopTheme(workshop, title.strip(), workshops.findThemes(workshopId).size() + 1);
        em.persist(theme);
        em.flush();
        boardChanged(workshop);
        return new ThemeRow(theme.getId(), theme.getVersion(), theme.getTitle(), null, 0, List.of());
    }

    /** Saves a theme's title and summary; a consultant saving over a colleague's newer text is told. */
    public void updateTheme(long themeId, long expectedVersion, String title, String summary) {
        WorkshopTheme theme = workshops.findTheme(themeId)
                .orElseThrow(() -> new NotFoundException("error.accessRefused", "No theme " + themeId));
        workspaceAccess.requireConsultantOfOpen(theme.getWorkshop().getProject().getId());
        if (theme.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("?", clock.instant(), theme.getVersion());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, "title", title, true, WorkshopTheme.TITLE_MAX);
        TextRules.check(errors, "summary", summary, false, WorkshopTheme.SUMMARY_MAX);
        TextRules.throwIfAny(errors);
        theme.rewrite(title.strip(), TextRules.trimToNull(summary));
        em.flush();
        boardChanged(theme.getWorkshop());
    }

    private Workshop requireWorkshop(long workshopId) {
        Workshop workshop = workshops.findWithDetails(workshopId)
                .orElseThrow(() -> new NotFoundException("error.consultantsOnly", "No workshop " + workshopId));
        workspaceAccess.requireConsultantOf(workshop.getProject().getId());
        return workshop;
    }

    private WorkshopTheme requireThemeOf(long workshopId, long themeId) {
        return workshops.findTheme(themeId).filter(t -> t.getWorkshop().getId() == workshopId)
                .orElseThrow(() -> new ValidationFailedException(Map.of("theme", "validation.unknownChoice")));
    }

    private Optional<WorkshopItem> find(long workshopId, ItemRef item) {
        return item.type() == ItemType.NOTE ? workshops.findNoteItem(workshopId, item.id())
                : workshops.findTrialActionItem(workshopId, item.id());
    }

    /** A new item, refusing one that is not of the workshop's project. */
    private WorkshopItem newItem(Workshop workshop, ItemRef item) {
        long projectId = workshop.getProject().getId();
        if (item.type() == ItemType.NOTE) {
            ExperienceNote note = em.find(ExperienceNote.class, item.id());
            if (note == null || note.getWorkspace().getProject().getId() != projectId) {
                throw new ValidationFailedException(Map.of("item", "validation.unknownChoice"));
            }
            return new WorkshopItem(workshop, note, null, me(), clock.instant());
        }
        TrialAction action = em.find(TrialAction.class, item.id());
        if (action == null || action.getWorkspace().getProject().getId() != projectId) {
            throw new ValidationFailedException(Map.of("item", "validation.unknownChoice"));
        }
        return new WorkshopItem(workshop, null, action, me(), clock.instant());
    }

    private dk.modningsportal.security.UserAccount me() {
        PortalUser user = currentUser.require();
        return userDirectory.reference(user.id());
    }

    private WorkshopInfo info(Workshop w) {
        InterventionVersion round = w.getRound();
        Intervention intervention = round.getIntervention();
        VersionInfo draft = intervention.getVersions().stream()
                .filter(v -> v.getSortOrder() > round.getSortOrder() && v.getStatus() == VersionStatus.DRAFT)
                .min(Comparator.comparingInt(InterventionVersion::getSortOrder))
                .map(MaturationService::info).orElse(null);
        List<VersionInfo> rounds = intervention.getVersions().stream()
                .filter(v -> v.getStatus() != VersionStatus.DRAFT).map(MaturationService::info).toList();
        return new WorkshopInfo(w.getId(), w.getProject().getId(), w.getProject().getName(), w.getTitle(),
                w.getHeldOn(), info(round), draft,
                workshops.findPreviousHeldOn(w.getProject().getId(), w.getHeldOn()).orElse(null), rounds);
    }

    static VersionInfo info(InterventionVersion v) {
        return new VersionInfo(v.getId(), v.getLabel(), v.getStatus());
    }

    static DecisionRow row(MaturationDecision d) {
        return new DecisionRow(d.getId(), d.getKind(), d.getCoreElement() == null ? null : d.getCoreElement().getName(),
                d.getNewName(), d.getNewText(), d.getReason(), d.getDecidedBy().getDisplayName(), d.getDecidedAt());
    }

    private static ItemRef ref(WorkshopItem item) {
        return item.getNote() != null ? new ItemRef(ItemType.NOTE, item.getNote().getId())
                : new ItemRef(ItemType.TRIAL_ACTION, item.getTrialAction().getId());
    }

    private static Long themeOf(WorkshopItem item) {
        return item == null || item.getTheme() == null ? null : item.getTheme().getId();
    }
}
