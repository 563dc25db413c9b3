package dk.modningsportal.maturation;

import dk.modningsportal.base.DanishTime;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.maturation.BoardItem.ItemRef;
import dk.modningsportal.maturation.BoardItem.ItemType;
import dk.modningsportal.note.NoteQueries;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.UserDirectory;
import dk.modningsportal.trialaction.TrialActionQueries;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A maturation workshop's board: the round's notes and evaluated trial actions as the filter lets them through
 * (a page at a time, counted per core element and organisation), taken to the workshop and placed in its themes.
 * Only the consultants serving the project; every method checks that first.
 */
@Service
@Transactional
public class WorkshopBoard {

    private static final Comparator<BoardItem> NEWEST_FIRST = Comparator.comparing(BoardItem::at).reversed()
            .thenComparing(i -> i.ref().id(), Comparator.reverseOrder());

    private final MaturationRepository workshops;
    private final WorkshopService workshopsOf;
    private final NoteQueries noteQueries;
    private final TrialActionQueries trialActionQueries;
    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;

    WorkshopBoard(MaturationRepository workshops, WorkshopService workshopsOf, NoteQueries noteQueries,
            TrialActionQueries trialActionQueries, WorkspaceAccess workspaceAccess, InterventionCatalog catalog,
            UserDirectory userDirectory, CurrentUser currentUser, EntityManager em, Clock clock) {
        this.workshops = workshops;
        this.workshopsOf = workshopsOf;
        this.noteQueries = noteQueries;
        this.trialActionQueries = trialActionQueries;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
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
        Workshop workshop = workshopsOf.requireWorkshop(workshopId);
        long versionId = workshop.getRoundId();
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
        Workshop workshop = workshopsOf.requireWorkshop(workshopId);
        long projectId = workshop.getProjectId();
        catalog.versionOfProject(projectId, filter.versionId(), "version");
        Instant since = filter.newSinceLastWorkshop()
                ? workshops.findPreviousHeldOn(projectId, workshop.getHeldOn())
                        .map(day -> day.plusDays(1).atStartOfDay(DanishTime.ZONE).toInstant()).orElse(null)
                : null;
        Map<ItemRef, WorkshopItem> taken = workshops.findItems(workshopId).stream()
                .collect(Collectors.toMap(WorkshopItem::ref, i -> i));
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

    /** Takes an item to the workshop, or leaves it out again. */
    public void setTaken(long workshopId, ItemRef item, boolean taken) {
        Workshop workshop = workshopsOf.requireWorkshop(workshopId);
        workspaceAccess.requireOpenProject(workshop.getProjectId());
        Optional<WorkshopItem> existing = find(workshopId, item);
        if (taken && existing.isEmpty()) {
            em.persist(newItem(workshop, item));
        } else if (!taken) {
            existing.ifPresent(em::remove);
        }
        workshopsOf.boardChanged(workshop);
    }

    /** Places an item in a theme (taking it to the workshop if needed), or takes it out of its theme. */
    public void assignTheme(long workshopId, ItemRef item, Long themeId) {
        Workshop workshop = workshopsOf.requireWorkshop(workshopId);
        workspaceAccess.requireOpenProject(workshop.getProjectId());
        WorkshopTheme theme = themeId == null ? null : requireThemeOf(workshopId, themeId);
        WorkshopItem workshopItem = find(workshopId, item).orElseGet(() -> {
            WorkshopItem created = newItem(workshop, item);
            em.persist(created);
            return created;
        });
        workshopItem.placeIn(theme);
        workshopsOf.boardChanged(workshop);
    }

    /** Places many items in a theme at once (an accepted suggestion), taking them to the workshop as needed. */
    public void placeInTheme(long workshopId, long themeId, List<ItemRef> items) {
        Workshop workshop = workshopsOf.requireWorkshop(workshopId);
        workspaceAccess.requireOpenProject(workshop.getProjectId());
        WorkshopTheme theme = requireThemeOf(workshopId, themeId);
        Map<ItemRef, WorkshopItem> existing = workshops.findItems(workshopId).stream()
                .collect(Collectors.toMap(WorkshopItem::ref, i -> i));
        for (ItemRef item : items) {
            WorkshopItem workshopItem = existing.get(item);
            if (workshopItem == null) {
                workshopItem = newItem(workshop, item);
                em.persist(workshopItem);
            }
            workshopItem.placeIn(theme);
        }
        workshopsOf.boardChanged(workshop);
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
        long projectId = workshop.getProjectId();
        return item.type() == ItemType.NOTE
                ? new WorkshopItem(workshop, new ItemRef(ItemType.NOTE, noteQueries.requireOfProject(item.id(), projectId)),
                        currentUser.require().id(), clock.instant())
                : new WorkshopItem(workshop, new ItemRef(ItemType.TRIAL_ACTION,
                        trialActionQueries.requireOfProject(item.id(), projectId)), currentUser.require().id(), clock.instant());
    }


    private static Long themeOf(WorkshopItem item) {
        return item == null || item.getTheme() == null ? null : item.getTheme().getId();
    }
}
