package dk.modningsportal.maturation;

import dk.modningsportal.intervention.InterventionCatalog.VersionContent;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionCatalog.Vocabulary;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.VersionStatus;
import dk.modningsportal.maturation.BoardItem.ItemRef;
import dk.modningsportal.maturation.BoardItem.ItemType;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changed in a version and why, as a workspace sees it: each decision with its reason, the
 * workspace's own notes and trial actions that motivated it, and only a count of other
 * organisations' contributions, whose content is theirs.
 */
@Service
@Transactional(readOnly = true)
public class ChangeLog {

    /** How long a newly published version is announced in the workspaces. */
    static final Duration ANNOUNCED_FOR = Duration.ofDays(60);

    public record Contribution(ItemType type, long id, String text, NoteKind noteKind) {
    }

    public record ChangeEntry(long decisionId, DecisionKind kind, String coreElementName, String newName, String newText,
            String reason, String themeTitle, String workshopTitle, Instant decidedAt,
            List<Contribution> ownContributions, int otherContributions) {
    }

    public record VersionChanges(VersionRef version, Instant publishedAt, List<ChangeEntry> entries) {
    }

    /** Another organisation's item on a theme that it has shared with the project, so it can be shown. */
    public record SharedContribution(ItemType type, long id, String text, String organisationName) {
    }

    /**
     * A theme of a workshop as every organisation may see it: how many notes and trial actions from how many
     * organisations it held, what was decided, the workspace's own items, other organisations' shared ones, and a
     * count of the rest (their content is theirs).
     */
    public record ThemeSummary(String title, String summary, long notes, long trialActions, long organisations,
            List<DecisionKind> decisions, List<Contribution> own, List<SharedContribution> sharedByOthers,
            int unsharedOthers) {
    }

    public record WorkshopSummary(String title, java.time.LocalDate heldOn, List<ThemeSummary> themes) {
    }

    /** A change a note or trial action led to, shown beside it. */
    public record ChangeRef(String versionLabel, DecisionKind kind, String coreElementName, String reason) {
    }

    private final MaturationRepository repository;
    private final InterventionCatalog catalog;
    private final WorkspaceAccess workspaceAccess;
    private final NoteService notes;
    private final Clock clock;
    private final ItemFacts itemFacts;
    private final UserDirectory userDirectory;

    ChangeLog(MaturationRepository repository, InterventionCatalog catalog, WorkspaceAccess workspaceAccess,
            NoteService notes, Clock clock, ItemFacts itemFacts, UserDirectory userDirectory) {
        this.itemFacts = itemFacts;
        this.userDirectory = userDirectory;
        this.repository = repository;
        this.catalog = catalog;
        this.workspaceAccess = workspaceAccess;
        this.notes = notes;
        this.clock = clock;
    }

    public VersionChanges changes(long workspaceId, long versionId) {
        VersionContent content = catalog.content(workspaceId, versionId);
        List<MaturationDecision> decisions = repository.findDecisionsFor(versionId);
        Map<Long, List<WorkshopItem>> itemsByTheme = decisions.isEmpty() ? Map.of()
                : repository.findItemsOfThemes(decisions.stream().map(d -> d.getTheme().getId()).distinct().toList())
                        .stream().collect(Collectors.groupingBy(i -> i.getTheme().getId()));
        Map<ItemRef, ItemFacts.Facts> facts = itemFacts.of(itemsByTheme.values().stream().flatMap(List::stream).toList());
        Vocabulary vocabulary = catalog.vocabulary(workspaceAccess.requireReadable(workspaceId).projectId());
        List<ChangeEntry> entries = new ArrayList<>();
        for (MaturationDecision d : decisions) {
            List<Contribution> own = new ArrayList<>();
            int others = 0;
            for (WorkshopItem item : itemsByTheme.getOrDefault(d.getTheme().getId(), List.of())) {
                ItemFacts.Facts f = facts.get(item.ref());
                if (f == null) {
                    continue;
                }
                if (f.workspaceId() == workspaceId) {
                    own.add(new Contribution(f.ref().type(), f.ref().id(), f.text(), f.kind()));
                } else {
                    others++;
                }
            }
            entries.add(new ChangeEntry(d.getId(), d.getKind(), vocabulary.elementName(d.getCoreElementId()),
                    d.getNewName(), d.getNewText(),
                    d.getReason(), d.getTheme().getTitle(), d.getTheme().getWorkshop().getTitle(), d.getDecidedAt(),
                    own, others));
        }
        return new VersionChanges(content.version(), content.publishedAt(), entries);
    }

    /**
     * The workshops whose decisions made the version, each with every theme it found in the round's experience
     * from all organisations, decided on or not: for the workspace's people after the workshop.
     */
    public List<WorkshopSummary> workshops(long workspaceId, long versionId) {
        catalog.content(workspaceId, versionId);
        List<Workshop> workshops = repository.findDecisionsFor(versionId).stream()
                .map(d -> d.getTheme().getWorkshop()).distinct().toList();
        List<WorkshopSummary> summaries = new ArrayList<>();
        for (Workshop workshop : workshops) {
            List<WorkshopTheme> themes = repository.findThemes(workshop.getId());
            List<Long> themeIds = themes.stream().map(WorkshopTheme::getId).toList();
            Map<Long, List<WorkshopItem>> items = themeIds.isEmpty() ? Map.of() : repository.findItemsOfThemes(themeIds)
                    .stream().collect(Collectors.groupingBy(i -> i.getTheme().getId()));
            Map<ItemRef, ItemFacts.Facts> facts = itemFacts.of(items.values().stream().flatMap(List::stream).toList());
            Map<Long, List<DecisionKind>> decisions = themeIds.isEmpty() ? Map.of()
                    : repository.findDecisionsOfThemes(themeIds).stream().collect(Collectors.groupingBy(
                            d -> d.getTheme().getId(), Collectors.mapping(MaturationDecision::getKind, Collectors.toList())));
            summaries.add(new WorkshopSummary(workshop.getTitle(), workshop.getHeldOn(), themes.stream()
                    .map(t -> theme(t, items.getOrDefault(t.getId(), List.of()),
                            decisions.getOrDefault(t.getId(), List.of()), workspaceId, facts))
                    .toList()));
        }
        return summaries;
    }

    private static ThemeSummary theme(WorkshopTheme theme, List<WorkshopItem> items, List<DecisionKind> decisions,
            long workspaceId, Map<ItemRef, ItemFacts.Facts> facts) {
        List<Contribution> own = new ArrayList<>();
        List<SharedContribution> shared = new ArrayList<>();
        int unshared = 0;
        java.util.Set<Long> workspaces = new java.util.HashSet<>();
        long notes = 0;
        int counted = 0;
        for (WorkshopItem item : items) {
            ItemFacts.Facts f = facts.get(item.ref());
            if (f == null) {
                continue;
            }
            counted++;
            boolean note = f.ref().type() == ItemType.NOTE;
            notes += note ? 1 : 0;
            workspaces.add(f.workspaceId());
            if (f.workspaceId() == workspaceId) {
                own.add(new Contribution(f.ref().type(), f.ref().id(), f.text(), f.kind()));
            } else if (f.shared()) {
                shared.add(new SharedContribution(f.ref().type(), f.ref().id(), f.text(), f.organisationName()));
            } else {
                unshared++;
            }
        }
        return new ThemeSummary(theme.getTitle(), theme.getSummary(), notes, counted - notes, workspaces.size(),
                decisions, own, shared, unshared);
    }

    /**
     * The version change log of a project for the evaluators' export, a row per decision: the version it changed,
     * kind, core element, new name and text, reason, theme, workshop, when and by whom, and how many notes and trial
     * actions from how many organisations stood behind it. The caller has checked the evaluator's access.
     */
    public void exportRows(long projectId, java.util.function.Consumer<List<Object>> sink) {
        List<MaturationDecision> decisions = repository.findDecisionsOfProject(projectId);
        Map<Long, List<WorkshopItem>> itemsByTheme = decisions.isEmpty() ? Map.of()
                : repository.findItemsOfThemes(decisions.stream().map(d -> d.getTheme().getId()).distinct().toList())
                        .stream().collect(Collectors.groupingBy(i -> i.getTheme().getId()));
        Map<ItemRef, ItemFacts.Facts> facts = itemFacts.of(itemsByTheme.values().stream().flatMap(List::stream).toList());
        Map<Long, String> deciders = MaturationDecisions.deciders(userDirectory, decisions);
        Vocabulary vocabulary = catalog.vocabulary(projectId);
        for (MaturationDecision d : decisions) {
            List<WorkshopItem> items = itemsByTheme.getOrDefault(d.getTheme().getId(), List.of());
            long notes = items.stream().filter(i -> i.ref().type() == ItemType.NOTE).count();
            long organisations = items.stream().map(i -> facts.get(i.ref())).filter(java.util.Objects::nonNull)
                    .map(ItemFacts.Facts::workspaceId).distinct().count();
            sink.accept(new ArrayList<>(java.util.Arrays.asList(vocabulary.versionLabel(d.getTargetVersionId()),
                    d.getKind(), vocabulary.elementName(d.getCoreElementId()), d.getNewName(), d.getNewText(),
                    d.getReason(), d.getTheme().getTitle(), d.getTheme().getWorkshop().getTitle(), d.getDecidedAt(),
                    deciders.get(d.getDecidedById()), notes, items.size() - notes, organisations)));
        }
    }

    /** The version in trial, when it was published recently enough to announce in the workspace. */
    public Optional<VersionRef> recentlyPublished(long workspaceId) {
        return catalog.currentVersion(workspaceId)
                .filter(v -> {
                    Instant published = catalog.content(workspaceId, v.id()).publishedAt();
                    return published != null && published.isAfter(clock.instant().minus(ANNOUNCED_FOR));
                });
    }

    /** The published changes a note led to (drafts' too for the project's consultants). */
    public List<ChangeRef> motivatedByNote(long noteId) {
        long workspaceId = notes.load(noteId).getWorkspaceId();
        long projectId = workspaceAccess.summary(workspaceId).projectId();
        boolean consultant = workspaceAccess.isConsultantOf(projectId);
        Vocabulary vocabulary = catalog.vocabulary(projectId);
        return repository.findDecisionsMotivatedByNote(noteId).stream()
                .filter(d -> consultant || vocabulary.version(d.getTargetVersionId()).status() != VersionStatus.DRAFT)
                .map(d -> new ChangeRef(vocabulary.versionLabel(d.getTargetVersionId()), d.getKind(),
                        d.getCoreElementId() == null ? d.getNewName() : vocabulary.elementName(d.getCoreElementId()),
                        d.getReason()))
                .toList();
    }
}
