package dk.modningsportal.maturation;

import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.maturation.BoardItem.ItemRef;
import dk.modningsportal.maturation.MaturationDecisions.DecisionRow;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.UserDirectory;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The themes of a workshop's board: made, renamed and summarised by the project's consultants, with how many items
 * from how many organisations stand behind each and what was decided under it; a theme with decisions stays.
 */
@Service
@Transactional
public class BoardThemes {

    private static final Logger log = LoggerFactory.getLogger(BoardThemes.class);

    /** A theme, with how many items and how many organisations stand behind it. */
    public record ThemeRow(long id, long version, String title, String summary, int itemCount,
            int organisationCount, List<DecisionRow> decisions) {
    }

    private final MaturationRepository workshops;
    private final WorkshopService workshopsOf;
    private final WorkspaceAccess workspaceAccess;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;
    private final ItemFacts itemFacts;

    BoardThemes(MaturationRepository workshops, WorkshopService workshopsOf, WorkspaceAccess workspaceAccess,
            UserDirectory userDirectory, CurrentUser currentUser, EntityManager em, Clock clock, ItemFacts itemFacts) {
        this.itemFacts = itemFacts;
        this.workshops = workshops;
        this.workshopsOf = workshopsOf;
        this.workspaceAccess = workspaceAccess;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ThemeRow> themes(long workshopId) {
        Workshop workshop = workshopsOf.requireWorkshop(workshopId);
        List<WorkshopTheme> themes = workshops.findThemes(workshopId);
        if (themes.isEmpty()) {
            return List.of();
        }
        List<Long> ids = themes.stream().map(WorkshopTheme::getId).toList();
        List<WorkshopItem> items = workshops.findItemsOfThemes(ids);
        Map<Long, Long> itemCounts = items.stream()
                .collect(Collectors.groupingBy(i -> i.getTheme().getId(), Collectors.counting()));
        Map<ItemRef, ItemFacts.Facts> facts = itemFacts.of(items);
        Map<Long, Set<Long>> organisations = items.stream().filter(i -> facts.containsKey(i.ref()))
                .collect(Collectors.groupingBy(i -> i.getTheme().getId(),
                        Collectors.mapping(i -> facts.get(i.ref()).organisationId(), Collectors.toSet())));
        List<MaturationDecision> decided = workshops.findDecisionsOfThemes(ids);
        Map<Long, List<DecisionRow>> decisions = decided.stream()
                .collect(Collectors.groupingBy(d -> d.getTheme().getId(), LinkedHashMap::new,
                        Collectors.mapping(MaturationDecisions.rows(userDirectory, workshopsOf.vocabularyOf(workshop), decided), Collectors.toList())));
        return themes.stream()
                .map(t -> new ThemeRow(t.getId(), t.getVersion(), t.getTitle(), t.getSummary(),
                        itemCounts.getOrDefault(t.getId(), 0L).intValue(),
                        organisations.getOrDefault(t.getId(), Set.of()).size(), decisions.getOrDefault(t.getId(), List.of())))
                .toList();
    }

    public ThemeRow createTheme(long workshopId, String title) {
        Workshop workshop = workshopsOf.requireWorkshop(workshopId);
        workspaceAccess.requireOpenProject(workshop.getProjectId());
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, "title", title, true, WorkshopTheme.TITLE_MAX);
        TextRules.throwIfAny(errors);
        WorkshopTheme theme = new WorkshopTheme(workshop, title.strip(), workshops.findThemes(workshopId).size() + 1);
        theme.changedBy(currentUser.require().id(), clock.instant());
        em.persist(theme);
        em.flush();
        workshopsOf.boardChanged(workshop);
        return new ThemeRow(theme.getId(), theme.getVersion(), theme.getTitle(), null, 0, 0, List.of());
    }

    /**
     * Removes a theme that nothing was decided under; its items stay taken to the workshop, without a theme.
     * A theme with decisions stays: the change log explains the next version by it.
     */
    public void deleteTheme(long themeId, long expectedVersion) {
        WorkshopTheme theme = workshops.findTheme(themeId)
                .orElseThrow(() -> new NotFoundException("error.accessRefused", "No theme " + themeId));
        workspaceAccess.requireConsultantOfOpen(theme.getWorkshop().getProjectId());
        if (theme.getVersion() != expectedVersion) {
            throw userDirectory.conflictWith(theme);
        }
        if (!workshops.findDecisionsOfThemes(List.of(themeId)).isEmpty()) {
            throw new ValidationFailedException(Map.of("theme", "maturation.themeHasDecisions"));
        }
        workshops.findItemsOfThemes(List.of(themeId)).forEach(item -> item.placeIn(null));
        em.remove(theme);
        em.flush();
        workshopsOf.boardChanged(theme.getWorkshop());
        log.info("{} deleted theme {} of workshop {}", currentUser.require(), themeId, theme.getWorkshop().getId());
    }

    /** Saves a theme's title and summary; a consultant saving over a colleague's newer text is told. */
    public void updateTheme(long themeId, long expectedVersion, String title, String summary) {
        WorkshopTheme theme = workshops.findTheme(themeId)
                .orElseThrow(() -> new NotFoundException("error.accessRefused", "No theme " + themeId));
        workspaceAccess.requireConsultantOfOpen(theme.getWorkshop().getProjectId());
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
        workshopsOf.boardChanged(theme.getWorkshop());
    }
}
