package dk.modningsportal.maturation;

import dk.modningsportal.base.DanishTime;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.intervention.Intervention;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.InterventionVersion;
import dk.modningsportal.intervention.VersionDrafts;
import dk.modningsportal.intervention.VersionStatus;
import dk.modningsportal.live.Change;
import dk.modningsportal.maturation.BoardItem.ItemRef;
import dk.modningsportal.maturation.BoardItem.ItemType;
import dk.modningsportal.note.NoteQueries;
import dk.modningsportal.plan.PlanActivityChanged;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory;
import dk.modningsportal.trialaction.TrialActionQueries;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
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
    private static final Comparator<BoardItem> NEWEST_FIRST = Comparator.comparing(BoardItem::at).reversed()
            .thenComparing(i -> i.ref().id(), Comparator.reverseOrder());

    public record ProjectRef(long projectId, String name) {
    }

    public record VersionInfo(long id, String label, VersionStatus status) {
    }

    /**
     * A workshop as its board shows it. {@code draft}: the next version it writes (none once that is published);
     * {@code ledTo}: the published version the round led to; {@code planActivityId}: the plan activity it is
     * held on, which sets its day and title.
     */
    public record WorkshopInfo(long id, long projectId, String projectName, String title, LocalDate heldOn,
            VersionInfo round, VersionInfo draft, LocalDate previousWorkshop, List<VersionInfo> roundVersions,
            VersionInfo ledTo, Long planActivityId) {
    }

    public record OrganisationRef(long id, String name) {
    }

    /** A theme, with how many items and how many organisations stand behind it. */
    public record ThemeRow(long id, long version, String title, String summary, int itemCount,
            int organisationCount, List<DecisionRow> decisions) {
    }

    public record DecisionRow(long id, DecisionKind kind, String coreElementName, String newName, String newText,
            String reason, String decidedBy, Instant decidedAt) {
    }

    /** What the consultant decided; which fields are needed depends on the kind. */
    public record DecisionInput(DecisionKind kind, Long coreElementId, String newName, String newText, String reason) {
    }

    private final MaturationRepository workshops;
    private final NoteQueries noteQueries;
    private final TrialActionQueries trialActionQueries;
    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final VersionDrafts drafts;
    private final ProjectQueries projects;
    private final PlanService plans;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MaturationService(MaturationRepository workshops, NoteQueries noteQueries, TrialActionQueries trialActionQueries, WorkspaceAccess workspaceAccess,
            InterventionCatalog catalog, VersionDrafts drafts, ProjectQueries projects, PlanService plans,
            UserDirectory userDirectory,
            CurrentUser currentUser, EntityManager em, Clock clock, ApplicationEventPublisher events) {
        this.drafts = drafts;
        this.projects = projects;
        this.plans = plans;
        this.events = events;
        this.workshops = workshops;
        this.noteQueries = noteQueries;
        this.trialActionQueries = trialActionQueries;
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
        if (round.isFinalVersion()) {
            throw new ValidationFailedException(Map.of("round", "maturation.finalVersionNoRound"));
        }
        Workshop workshop = new Workshop(projects.project(projectId), round, title.strip(), heldOn,
                me(), clock.instant());
        em.persist(workshop);
        if (VersionDrafts.successorOf(round).map(v -> v.getStatus() == VersionStatus.DRAFT).orElse(true)) {
            drafts.draftAfter(projectId, round);
        }
        log.info("{} created workshop {} in project {}", currentUser.require(), workshop.getId(), projectId);
        return info(workshop);
    }

    /**
     * A workshop held on one of the plan's maturation workshops: its day and title are the plan's, now and when
     * the plan changes them.
     */
    public WorkshopInfo createWorkshopFromPlan(long projectId, long roundVersionId, long planActivityId) {
        PlanService.PlannedWorkshop planned = plans.plannedWorkshops(projectId).stream()
                .filter(p -> p.activityId() == planActivityId).findFirst()
                .orElseThrow(() -> new ValidationFailedException(Map.of("planned", "validation.unknownChoice")));
        if (workshops.findByPlanActivityId(planActivityId).isPresent()) {
            throw new ValidationFailedException(Map.of("planned", "maturation.plannedTaken"));
        }
        WorkshopInfo created = createWorkshop(projectId, roundVersionId, planned.title(), planned.startsOn());
        workshops.findById(created.id()).orElseThrow().heldOn(planActivityId);
        return workshop(created.id());
    }

    /** The plan's maturation workshops not yet prepared as a workshop, for the "new workshop" form. */
    @Transactional(readOnly = true)
    public List<PlanService.PlannedWorkshop> unpreparedWorkshops(long projectId) {
        return plans.plannedWorkshops(projectId).stream()
                .filter(p -> workshops.findByPlanActivityId(p.activityId()).isEmpty()).toList();
    }

    /** The plan moved or renamed a maturation workshop: the workshop held on it follows. */
    @EventListener
    public void on(PlanActivityChanged change) {
        workshops.findByPlanActivityId(change.activityId()).ifPresent(workshop -> {
            workshop.followPlan(change.title(), change.startsOn());
            boardChanged(workshop);
        });
    }

    @Transactional(readOnly = true)
    public WorkshopInfo workshop(long workshopId) {
        return info(requireWorkshop(workshopId));
    }

    /** The board: every note and evaluated trial action of the round that the filter lets through, newest first. */
    @Transactional(readOnly = true)
    public List<BoardItem> board(long workshopId, BoardFilter filter) {
        Round round = round(workshopId, filter);
        List<BoardItem> items = new ArrayList<>();
        if (round.notes() != null) {
            noteQueries.all(round.notes()).forEach(n -> items.add(item(n, round.taken())));
        }
        if (round.trialActions() != null) {
            trialActionQueries.all(round.trialActions()).forEach(t -> items.add(item(t, round.taken())));
        }
        items.sort(NEWEST_FIRST);
        return items;
    }

    /** How many items the filter lets through per core element (key null: about none); one item may count under several. */
    @Transactional(readOnly = true)
    public Map<Long, Long> boardCounts(long workshopId, BoardFilter filter) {
        Round round = round(workshopId, filter);
        Map<Long, Long> counts = new HashMap<>();
        if (round.notes() != null) {
            noteQueries.countByCoreElement(round.notes()).forEach((element, n) -> counts.merge(element, n, Long::sum));
        }
        if (round.trialActions() != null) {
            trialActionQueries.countByCoreElement(round.trialActions())
                    .forEach((element, n) -> counts.merge(element, n, Long::sum));
        }
        return counts;
    }

    /**
     * One page of a core element's items on the board (null: items about none), newest first. The board reads
     * its columns a page at a time, so a national round of tens of thousands of notes opens at once.
     */
    @Transactional(readOnly = true)
    public List<BoardItem> boardPage(long workshopId, BoardFilter filter, Long coreElementId, int offset, int limit) {
        Round round = round(workshopId, filter);
        // Both sources are sorted by time: the first offset + limit of each hold the page of the merged list.
        List<BoardItem> merged = new ArrayList<>();
        if (round.notes() != null) {
            noteQueries.page(round.notes(), coreElementId, 0, offset + limit)
                    .forEach(n -> merged.add(item(n, round.taken())));
        }
        if (round.trialActions() != null) {
            trialActionQueries.page(round.trialActions(), coreElementId, 0, offset + limit)
                    .forEach(t -> merged.add(item(t, round.taken())));
        }
        merged.sort(NEWEST_FIRST);
        return merged.subList(Math.min(offset, merged.size()), Math.min(offset + limit, merged.size()));
    }

    /** Notes and evaluated trial actions of the workshop's round per core element (null: none) and organisation id. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, Long>> counts(long workshopId) {
        Workshop workshop = requireWorkshop(workshopId);
        long versionId = workshop.getRound().getId();
        Map<Long, Map<Long, Long>> byElement = new LinkedHashMap<>();
        noteQueries.countsByElementAndOrganisation(versionId).forEach(c -> byElement
                .computeIfAbsent(c.coreElementId(), k -> new LinkedHashMap<>()).merge(c.organisationId(), c.count(), Long::sum));
        trialActionQueries.countsByElementAndOrganisation(versionId).forEach(c -> byElement
                .computeIfAbsent(c.coreElementId(), k -> new LinkedHashMap<>()).merge(c.organisationId(), c.count(), Long::sum));
        return byElement;
    }

    /** The board's filter in the note and trial-action modules' terms (null: that kind is filtered out). */
    private record Round(NoteQueries.RoundFilter notes, TrialActionQueries.RoundFilter trialActions,
            Map<ItemRef, WorkshopItem> taken) {
    }

    private Round round(long workshopId, BoardFilter filter) {
        Workshop workshop = requireWorkshop(workshopId);
        long projectId = workshop.getProject().getId();
        catalog.versionOfProject(projectId, filter.versionId(), "version");
        Instant since = filter.newSinceLastWorkshop()
                ? workshops.findPreviousHeldOn(projectId, workshop.getHeldOn())
                        .map(day -> day.plusDays(1).atStartOfDay(DanishTime.ZONE).toInstant()).orElse(null)
                : null;
        Map<ItemRef, WorkshopItem> taken = workshops.findItems(workshopId).stream()
                .collect(Collectors.toMap(MaturationService::ref, i -> i));
        boolean notes = !filter.trialActionsOnly();
        boolean trialActions = filter.noteKind() == null && filter.source() == null;
        return new Round(notes ? new NoteQueries.RoundFilter(filter.versionId(), filter.organisationId(),
                        filter.noteKind(), filter.source(), since) : null,
                trialActions ? new TrialActionQueries.RoundFilter(filter.versionId(), filter.organisationId(),
                        since) : null,
                taken);
    }

    private static BoardItem item(NoteQueries.RoundNote n, Map<ItemRef, WorkshopItem> taken) {
        ItemRef ref = new ItemRef(ItemType.NOTE, n.id());
        return new BoardItem(ref, n.organisationName(), n.kind(), n.summary(), n.details(), n.source(), n.createdAt(),
                n.coreElementId() == null ? List.of() : List.of(n.coreElementId()), taken.containsKey(ref),
                themeOf(taken.get(ref)));
    }

    private static BoardItem item(TrialActionQueries.EvaluatedAction t, Map<ItemRef, WorkshopItem> taken) {
        ItemRef ref = new ItemRef(ItemType.TRIAL_ACTION, t.id());
        return new BoardItem(ref, t.organisationName(), null, t.title(), t.learning(), null, t.updatedAt(),
                t.coreElementIds(), taken.containsKey(ref), themeOf(taken.get(ref)));
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

    /** Places many items in a theme at once (an accepted suggestion), taking them to the workshop as needed. */
    public void placeInTheme(long workshopId, long themeId, List<ItemRef> items) {
        Workshop workshop = requireWorkshop(workshopId);
        workspaceAccess.requireOpenProject(workshop.getProject().getId());
        WorkshopTheme theme = requireThemeOf(workshopId, themeId);
        Map<ItemRef, WorkshopItem> existing = workshops.findItems(workshopId).stream()
                .collect(Collectors.toMap(MaturationService::ref, i -> i));
        for (ItemRef item : items) {
            WorkshopItem workshopItem = existing.get(item);
            if (workshopItem == null) {
                workshopItem = newItem(workshop, item);
                em.persist(workshopItem);
            }
            workshopItem.placeIn(theme);
        }
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
        List<WorkshopItem> items = workshops.findItemsOfThemes(ids);
        Map<Long, Long> itemCounts = items.stream()
                .collect(Collectors.groupingBy(i -> i.getTheme().getId(), Collectors.counting()));
        Map<Long, Set<Long>> organisations = items.stream().collect(Collectors.groupingBy(i -> i.getTheme().getId(),
                Collectors.mapping(i -> (i.getNote() != null ? i.getNote().getWorkspace()
                        : i.getTrialAction().getWorkspace()).getOrganisation().getId(), Collectors.toSet())));
        Map<Long, List<DecisionRow>> decisions = workshops.findDecisionsOfThemes(ids).stream()
                .collect(Collectors.groupingBy(d -> d.getTheme().getId(), LinkedHashMap::new,
                        Collectors.mapping(MaturationService::row, Collectors.toList())));
        return themes.stream()
                .map(t -> new ThemeRow(t.getId(), t.getVersion(), t.getTitle(), t.getSummary(),
                        itemCounts.getOrDefault(t.getId(), 0L).intValue(),
                        organisations.getOrDefault(t.getId(), Set.of()).size(), decisions.getOrDefault(t.getId(), List.of())))
                .toList();
    }

    public ThemeRow createTheme(long workshopId, String title) {
        Workshop workshop = requireWorkshop(workshopId);
        workspaceAccess.requireOpenProject(workshop.getProject().getId());
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, "title", title, true, WorkshopTheme.TITLE_MAX);
        TextRules.throwIfAny(errors);
        WorkshopTheme theme = new WorkshopTheme(workshop, title.strip(), workshops.findThemes(workshopId).size() + 1);
        theme.changedBy(currentUser.require().id(), clock.instant());
        em.persist(theme);
        em.flush();
        boardChanged(workshop);
        return new ThemeRow(theme.getId(), theme.getVersion(), theme.getTitle(), null, 0, 0, List.of());
    }

    /**
     * Removes a theme that nothing was decided under; its items stay taken to the workshop, without a theme.
     * A theme with decisions stays: the change log explains the next version by it.
     */
    public void deleteTheme(long themeId, long expectedVersion) {
        WorkshopTheme theme = workshops.findTheme(themeId)
                .orElseThrow(() -> new NotFoundException("error.accessRefused", "No theme " + themeId));
        workspaceAccess.requireConsultantOfOpen(theme.getWorkshop().getProject().getId());
        if (theme.getVersion() != expectedVersion) {
            throw userDirectory.conflictWith(theme);
        }
        if (!workshops.findDecisionsOfThemes(List.of(themeId)).isEmpty()) {
            throw new ValidationFailedException(Map.of("theme", "maturation.themeHasDecisions"));
        }
        workshops.findItemsOfThemes(List.of(themeId)).forEach(item -> item.placeIn(null));
        em.remove(theme);
        em.flush();
        boardChanged(theme.getWorkshop());
        log.info("{} deleted theme {} of workshop {}", currentUser.require(), themeId, theme.getWorkshop().getId());
    }

    /** Saves a theme's title and summary; a consultant saving over a colleague's newer text is told. */
    public void updateTheme(long themeId, long expectedVersion, String title, String summary) {
        WorkshopTheme theme = workshops.findTheme(themeId)
                .orElseThrow(() -> new NotFoundException("error.accessRefused", "No theme " + themeId));
        workspaceAccess.requireConsultantOfOpen(theme.getWorkshop().getProject().getId());
        if (theme.getVersion() != expectedVersion) {
            throw userDirectory.conflictWith(theme);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, "title", title, true, WorkshopTheme.TITLE_MAX);
        TextRules.check(errors, "summary", summary, false, WorkshopTheme.SUMMARY_MAX);
        TextRules.throwIfAny(errors);
        theme.rewrite(title.strip(), TextRules.trimToNull(summary));
        theme.changedBy(currentUser.require().id(), clock.instant());
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
        return item.type() == ItemType.NOTE
                ? new WorkshopItem(workshop, noteQueries.noteOfProject(item.id(), projectId), null, me(), clock.instant())
                : new WorkshopItem(workshop, null, trialActionQueries.trialActionOfProject(item.id(), projectId), me(),
                        clock.instant());
    }

    private dk.modningsportal.security.UserAccount me() {
        PortalUser user = currentUser.require();
        return userDirectory.reference(user.id());
    }

    private WorkshopInfo info(Workshop w) {
        InterventionVersion round = w.getRound();
        Intervention intervention = round.getIntervention();
        // A workshop writes the version right after its round; once that is published, it is what the round led to.
        Optional<InterventionVersion> next = VersionDrafts.successorOf(round);
        VersionInfo draft = next.filter(v -> v.getStatus() == VersionStatus.DRAFT).map(MaturationService::info).orElse(null);
        VersionInfo ledTo = next.filter(v -> v.getStatus() != VersionStatus.DRAFT).map(MaturationService::info).orElse(null);
        List<VersionInfo> rounds = intervention.getVersions().stream()
                .filter(v -> v.getStatus() != VersionStatus.DRAFT).map(MaturationService::info).toList();
        return new WorkshopInfo(w.getId(), w.getProject().getId(), w.getProject().getName(), w.getTitle(),
                w.getHeldOn(), info(round), draft,
                workshops.findPreviousHeldOn(w.getProject().getId(), w.getHeldOn()).orElse(null), rounds, ledTo,
                w.getPlanActivityId());
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
