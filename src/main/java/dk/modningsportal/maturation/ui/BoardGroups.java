package dk.modningsportal.maturation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.maturation.BoardFilter;
import dk.modningsportal.maturation.BoardItem;
import dk.modningsportal.maturation.BoardItem.ItemType;
import dk.modningsportal.maturation.WorkshopBoard;
import dk.modningsportal.maturation.BoardThemes.ThemeRow;
import dk.modningsportal.maturation.ThemeFinding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The board's items, a group per core element, each read from the database a page at a time as the person
 * scrolls (a national round has tens of thousands of notes; the newest first). Taking an item or placing it in a
 * theme sends that row again, not the board; a refresh rebuilds only the groups whose count changed and re-reads
 * the rows in view of the others (the load test found every open board resent whole on each change).
 */
class BoardGroups extends Div {

    /**
     * Rows fetched per request; a group of at most {@link #ALL_ROWS_UP_TO} shows them all, a larger one scrolls. 20
     * fill a scrolling group's height (about ten rows) with a page to spare: the rows fetched stay in the server's
     * memory while the board is open (40 a group kept some 240 items per open national board).
     */
    private static final int PAGE_SIZE = 20;
    private static final int ALL_ROWS_UP_TO = 12;

    final Map<Long, Grid<BoardItem>> grids = new LinkedHashMap<>();
    private final Map<Long, CallbackDataProvider<BoardItem, Void>> rows = new LinkedHashMap<>();
    private final Map<Long, Long> shownCounts = new LinkedHashMap<>();
    private final WorkshopBoard workshopBoard;
    private final ThemeFinding finding;
    /** After an item was taken or placed: the themes' standing changed (their counts), not the board. */
    private final Runnable themesChanged;
    /** After a dialog's act on several items: everything may have changed. */
    private final Runnable boardChanged;
    private long workshopId;
    private BoardFilter shownFilter;
    private List<ThemeRow> themes = List.of();
    /** The themes as each row's theme list in the browser receives them: [{id, title}, …]. */
    private ArrayNode themeChoices = JsonNodeFactory.instance.arrayNode();

    BoardGroups(WorkshopBoard workshopBoard, ThemeFinding finding, Runnable themesChanged, Runnable boardChanged) {
        this.workshopBoard = workshopBoard;
        this.finding = finding;
        this.themesChanged = themesChanged;
        this.boardChanged = boardChanged;
        addClassName("board-groups");
    }

    /** The themes an item can be placed in; rows in view are sent again only if the list changed. */
    void useThemes(List<ThemeRow> current) {
        ArrayNode choices = JsonNodeFactory.instance.arrayNode();
        current.forEach(t -> choices.addObject().put("id", String.valueOf(t.id())).put("title", t.title()));
        themes = current;
        if (!choices.equals(themeChoices)) {
            themeChoices = choices;
            rows.values().forEach(CallbackDataProvider::refreshAll);
        }
    }

    /** The items under the filter, grouped by the workshop's core elements (and those under none). */
    void show(long workshopId, List<CoreElementRef> elements, BoardFilter filter) {
        Map<Long, Long> perElement = workshopBoard.boardCounts(workshopId, filter);
        Map<Long, String> wanted = new LinkedHashMap<>();
        elements.forEach(e -> wanted.put(e.id(), e.name()));
        if (perElement.getOrDefault(null, 0L) > 0) {
            wanted.put(null, getTranslation("note.noCoreElement"));
        }
        Map<Long, Long> counts = new LinkedHashMap<>();
        wanted.keySet().forEach(id -> counts.put(id, perElement.getOrDefault(id, 0L)));
        if (workshopId == this.workshopId && filter.equals(shownFilter) && counts.equals(shownCounts)) {
            rows.values().forEach(CallbackDataProvider::refreshAll);
            return;
        }
        this.workshopId = workshopId;
        shownFilter = filter;
        shownCounts.clear();
        shownCounts.putAll(counts);
        removeAll();
        grids.clear();
        rows.clear();
        wanted.forEach((id, name) -> addGroup(id, name, filter, counts.get(id)));
    }

    private void addGroup(Long elementId, String name, BoardFilter filter, long count) {
        Grid<BoardItem> grid = new Grid<>();
        grid.setId("board-items-" + (elementId == null ? "other" : elementId)); // found by the load test (load/)
        // Each row's controls are drawn in the browser from templates: components per row (a check box, a badge,
        // a theme combo box with its own copy of the themes, a button) cost some 5 MB of server memory per open
        // national board and most of its rendering time (the load test, README "Load and memory").
        // accessible-name, not aria-label: the web components pass it to the input inside them.
        grid.addColumn(LitRenderer.<BoardItem>of("<vaadin-checkbox accessible-name=\"" + attribute("maturation.take")
                        + "\" .checked=${item.taken} @change=${e => take(e.target.checked)}></vaadin-checkbox>")
                        .withProperty("taken", BoardItem::taken)
                        .withFunction("take", (item, args) -> take(item, args.get(0).asBoolean())))
                .setHeader(getTranslation("maturation.take")).setKey("take").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BoardItem::organisationName).setHeader(getTranslation("maturation.organisation"))
                .setKey("organisation").setWidth("10em").setFlexGrow(1);
        grid.addColumn(LitRenderer.<BoardItem>of("<span class=\"portal-badge ${item.kindClass}\">${item.kind}</span>")
                        .withProperty("kind", this::kindLabel).withProperty("kindClass", BoardGroups::kindClass))
                .setHeader(getTranslation("note.kind")).setKey("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.detail() == null ? i.text() : i.text() + " – " + i.detail())
                .setHeader(getTranslation("maturation.text")).setKey("text").setFlexGrow(5);
        // Theme names are whole sentences: the list opens wide enough to read them.
        grid.addColumn(LitRenderer.<BoardItem>of("<vaadin-combo-box class=\"board-theme\" clear-button-visible "
                        + "style=\"width: 100%; --vaadin-combo-box-overlay-width: 24em\" placeholder=\""
                        + attribute("maturation.noTheme") + "\" accessible-name=\"" + attribute("maturation.theme")
                        + "\" item-label-path=\"title\" item-value-path=\"id\" .items=${item.themes} "
                        + ".value=${item.theme} @change=${e => assign(e.target.value)}></vaadin-combo-box>")
                        .withProperty("themes", item -> themeChoices)
                        .withProperty("theme", item -> item.themeId() == null ? "" : String.valueOf(item.themeId()))
                        .withFunction("assign", (item, args) -> assign(item, args.get(0).asString())))
                .setHeader(getTranslation("maturation.theme")).setKey("theme").setWidth("14em").setFlexGrow(0);
        // A narrow column: the item's text keeps the room; the header is the button's icon, named for screen readers.
        Icon similarHeader = VaadinIcon.CONNECT_O.create();
        similarHeader.getElement().setAttribute("role", "img");
        similarHeader.getElement().setAttribute("aria-label", getTranslation("maturation.similar.title"));
        grid.addColumn(LitRenderer.<BoardItem>of("<vaadin-button theme=\"tertiary-inline icon\" aria-label=\""
                        + attribute("maturation.similar.title") + "\" @click=${similar}>"
                        + "<vaadin-icon icon=\"vaadin:connect-o\"></vaadin-icon><vaadin-tooltip slot=\"tooltip\" text=\""
                        + attribute("maturation.similar.title") + "\"></vaadin-tooltip></vaadin-button>")
                        .withFunction("similar", this::openSimilar))
                .setHeader(similarHeader).setKey("similar").setWidth("3.5em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setPageSize(PAGE_SIZE);
        if (count <= ALL_ROWS_UP_TO) {
            grid.setAllRowsVisible(true);
        } else {
            grid.addClassName("board-group-scroll");
        }
        grid.setEmptyStateText(getTranslation("export.noItems"));
        long shownWorkshop = workshopId;
        // Rows known by their item, so that one changed row can be sent again on its own.
        CallbackDataProvider<BoardItem, Void> provider = new CallbackDataProvider<>(
                query -> workshopBoard.boardPage(shownWorkshop, filter, elementId, query.getOffset(), query.getLimit())
                        .stream(),
                query -> (int) Math.min(count, Integer.MAX_VALUE), BoardItem::ref);
        grid.setItems(provider);
        grids.put(elementId, grid);
        rows.put(elementId, provider);
        Button suggest = new Button(getTranslation("maturation.suggest.open"), VaadinIcon.LIGHTBULB.create());
        suggest.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        suggest.addClassName("board-suggest");
        suggest.setVisible(count >= 3);
        suggest.addClickListener(e -> new SuggestionsDialog(finding, shownWorkshop, elementId, name, boardChanged).open());
        Details group = new Details(name + " (" + Formats.number(count) + ")", suggest, grid);
        group.setOpened(count > 0);
        group.setWidthFull();
        group.addClassName("board-group");
        add(group);
    }

    void take(BoardItem item, boolean taken) {
        if (taken != item.taken()) {
            workshopBoard.setTaken(workshopId, item.ref(), taken);
            // Taken back, it leaves its theme too.
            changed(withState(item, taken, taken ? item.themeId() : null));
        }
    }

    /** The theme chosen in the row's list by its id, "" for none; the service checks it is this workshop's. */
    void assign(BoardItem item, String chosenThemeId) {
        Long themeId;
        try {
            themeId = chosenThemeId.isEmpty() ? null : Long.valueOf(chosenThemeId);
        } catch (NumberFormatException notOffered) {
            return;
        }
        if (!Objects.equals(themeId, item.themeId())) {
            workshopBoard.assignTheme(workshopId, item.ref(), themeId);
            // Placed in a theme, an item is taken to the workshop; out of one, it stays taken.
            changed(withState(item, true, themeId));
        }
    }

    private void changed(BoardItem item) {
        // An item under several core elements is a row in each of their groups.
        rows.values().forEach(provider -> provider.refreshItem(item));
        themesChanged.run();
    }

    private static BoardItem withState(BoardItem item, boolean taken, Long themeId) {
        return new BoardItem(item.ref(), item.organisationName(), item.noteKind(), item.text(), item.detail(),
                item.source(), item.at(), item.coreElementIds(), taken, themeId);
    }

    void openSimilar(BoardItem item) {
        new SimilarDialog(getTranslation("maturation.similar.title"),
                () -> finding.similarTo(workshopId, item.ref()), themes, null, workshopBoard, workshopId,
                boardChanged).open();
    }

    private String kindLabel(BoardItem item) {
        return item.ref().type() == ItemType.TRIAL_ACTION ? getTranslation("maturation.trialAction")
                : Formats.label(item.noteKind());
    }

    private static String kindClass(BoardItem item) {
        return item.ref().type() == ItemType.TRIAL_ACTION ? "status-evaluated"
                : "kind-" + item.noteKind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A translated text placed in a template's attribute. */
    private String attribute(String key) {
        return getTranslation(key).replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

}
