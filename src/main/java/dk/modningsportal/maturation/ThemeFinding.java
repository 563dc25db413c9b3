package dk.modningsportal.maturation;

import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.maturation.BoardItem.ItemRef;
import dk.modningsportal.maturation.BoardItem.ItemType;
import dk.modningsportal.maturation.BoardThemes.ThemeRow;
import dk.modningsportal.maturation.WorkshopService.WorkshopInfo;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.search.BoardSynthesis;
import dk.modningsportal.search.BoardSynthesis.BoardRef;
import dk.modningsportal.search.BoardSynthesis.Round;
import dk.modningsportal.search.BoardSynthesis.Suggestion;
import dk.modningsportal.search.SearchKind;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding themes on the workshop board with the search index's help: the items of other organisations most like
 * an item or a theme, and themes proposed from the words many untreated items share. A proposal becomes a theme
 * only when a consultant accepts it (renamed as they like); a dismissed one is not proposed again for that element.
 */
@Service
@Transactional
public class ThemeFinding {

    private static final Logger log = LoggerFactory.getLogger(ThemeFinding.class);
    private static final int SIMILAR = 10;

    /** A similar item, and the theme it is in already (null: none). */
    public record SimilarItem(ItemRef ref, String organisationName, String titleHtml, String excerptHtml,
            Long themeId) {
    }

    private final WorkshopService workshopService;

    private final BoardThemes boardThemes;

    private final WorkshopBoard workshopBoard;
    private final MaturationRepository workshops;
    private final BoardSynthesis synthesis;
    private final WorkspaceAccess workspaceAccess;
    private final EntityManager em;
    private final Clock clock;

    ThemeFinding(WorkshopService workshopService, BoardThemes boardThemes, WorkshopBoard workshopBoard, MaturationRepository workshops, BoardSynthesis synthesis,
            WorkspaceAccess workspaceAccess, EntityManager em, Clock clock) {
        this.workshopService = workshopService;
        this.boardThemes = boardThemes;
        this.workshopBoard = workshopBoard;
        this.workshops = workshops;
        this.synthesis = synthesis;
        this.workspaceAccess = workspaceAccess;
        this.em = em;
        this.clock = clock;
    }

    /** The items of the round most like this one, from the other organisations. */
    @Transactional(readOnly = true)
    public List<SimilarItem> similarTo(long workshopId, ItemRef item) {
        WorkshopInfo workshop = workshopService.workshop(workshopId);
        BoardRef ref = boardRef(item);
        return synthesis.source(ref).map(source -> similar(workshopId,
                new Round(workshop.projectId(), workshop.round().id(), null, true), source.text(),
                source.organisationId(), Set.of(ref))).orElse(List.of());
    }

    /** The items of the round most like a theme (its title, summary and items), not in it already. */
    @Transactional(readOnly = true)
    public List<SimilarItem> similarToTheme(long workshopId, long themeId) {
        WorkshopInfo workshop = workshopService.workshop(workshopId);
        WorkshopTheme theme = workshops.findTheme(themeId).filter(t -> t.getWorkshop().getId() == workshopId)
                .orElseThrow(() -> new ValidationFailedException(Map.of("theme", "validation.unknownChoice")));
        Set<BoardRef> inTheme = workshops.findItemsOfThemes(List.of(themeId)).stream().map(ThemeFinding::boardRef)
                .collect(Collectors.toSet());
        StringBuilder text = new StringBuilder(theme.getTitle()).append('\n')
                .append(theme.getSummary() == null ? "" : theme.getSummary());
        synthesis.texts(inTheme, 20).forEach(t -> text.append('\n').append(t));
        return similar(workshopId, new Round(workshop.projectId(), workshop.round().id(), null, true), text.toString(),
                null, inTheme);
    }

    private List<SimilarItem> similar(long workshopId, Round round, String text, Long notFrom, Set<BoardRef> exclude) {
        Map<BoardRef, Long> themed = themedItems(workshopId);
        return synthesis.similar(round, text, notFrom, exclude, SIMILAR).stream()
                .map(s -> new SimilarItem(itemRef(s.ref()), s.organisationName(), s.titleHtml(), s.excerptHtml(),
                        themed.get(s.ref())))
                .toList();
    }

    /** Proposed themes for a core element's untreated items (null: the items about none); within: split that one. */
    @Transactional(readOnly = true)
    public List<Suggestion> suggestThemes(long workshopId, Long coreElementId, Suggestion within) {
        WorkshopInfo workshop = workshopService.workshop(workshopId);
        return synthesis.suggest(round(workshop, coreElementId), themedItems(workshopId).keySet(),
                dismissed(workshopId, coreElementId), within);
    }

    /** Makes a proposal a theme under the title the consultant gave it, with every item it stands for now. */
    public ThemeRow accept(long workshopId, Long coreElementId, Suggestion suggestion, String title) {
        WorkshopInfo workshop = workshopService.workshop(workshopId);
        workspaceAccess.requireOpenProject(workshop.projectId());
        List<BoardRef> members = synthesis.members(round(workshop, coreElementId), themedItems(workshopId).keySet(),
                suggestion);
        ThemeRow theme = boardThemes.createTheme(workshopId, title);
        workshopBoard.placeInTheme(workshopId, theme.id(), members.stream().map(ThemeFinding::itemRef).toList());
        log.info("Suggested theme '{}' accepted in workshop {} with {} items", title, workshopId, members.size());
        return theme;
    }

    /** Not proposed again for this core element in this workshop. */
    public void dismiss(long workshopId, Long coreElementId, Suggestion suggestion) {
        WorkshopInfo workshop = workshopService.workshop(workshopId);
        workspaceAccess.requireOpenProject(workshop.projectId());
        if (!dismissed(workshopId, coreElementId).contains(suggestion.key())) {
            em.createNativeQuery("insert into workshop_dismissed_suggestion (workshop_id, core_element_id, term, "
                            + "dismissed_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, workshopId).setParameter(2, coreElementId).setParameter(3, suggestion.key())
                    .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        }
    }

    private Set<String> dismissed(long workshopId, Long coreElementId) {
        @SuppressWarnings("unchecked")
        List<String> terms = em.createNativeQuery("select term from workshop_dismissed_suggestion where workshop_id = ?1 "
                        + "and (core_element_id = ?2 or (core_element_id is null and ?3 = 1))")
                .setParameter(1, workshopId).setParameter(2, coreElementId == null ? -1L : coreElementId)
                .setParameter(3, coreElementId == null ? 1 : 0).getResultList();
        return new HashSet<>(terms);
    }

    private static Round round(WorkshopInfo workshop, Long coreElementId) {
        return new Round(workshop.projectId(), workshop.round().id(), coreElementId, false);
    }

    /** The workshop's items placed in a theme already: "treated", so not proposed again. */
    private Map<BoardRef, Long> themedItems(long workshopId) {
        return workshops.findItems(workshopId).stream().filter(i -> i.getTheme() != null)
                .collect(Collectors.toMap(ThemeFinding::boardRef, i -> i.getTheme().getId()));
    }

    private static BoardRef boardRef(WorkshopItem item) {
        return boardRef(item.ref());
    }

    private static BoardRef boardRef(ItemRef item) {
        return new BoardRef(item.type() == ItemType.NOTE ? SearchKind.NOTE : SearchKind.TRIAL_ACTION, item.id());
    }

    private static ItemRef itemRef(BoardRef ref) {
        return new ItemRef(ref.kind() == SearchKind.NOTE ? ItemType.NOTE : ItemType.TRIAL_ACTION, ref.id());
    }
}
