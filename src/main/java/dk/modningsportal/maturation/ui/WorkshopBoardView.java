package dk.modningsportal.maturation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.DownloadLinks;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.live.Presence;
import dk.modningsportal.live.ui.LiveRefresh;
import dk.modningsportal.live.ui.PresenceIndicator;
import dk.modningsportal.maturation.BoardFilter;
import dk.modningsportal.maturation.BoardItem.ItemType;
import dk.modningsportal.maturation.BoardItem;
import dk.modningsportal.maturation.MaturationDecisions;
import dk.modningsportal.maturation.MaturationService.DecisionRow;
import dk.modningsportal.maturation.MaturationService.OrganisationRef;
import dk.modningsportal.maturation.MaturationService.ThemeRow;
import dk.modningsportal.maturation.MaturationService.VersionInfo;
import dk.modningsportal.maturation.MaturationService.WorkshopInfo;
import dk.modningsportal.maturation.MaturationService;
import dk.modningsportal.maturation.ThemeFinding;
import dk.modningsportal.maturation.VersionPublishing;
import dk.modningsportal.maturation.WorkshopExport;
import dk.modningsportal.maturation.WorkshopTheme;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteSource;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceRoutes;
import dk.modningsportal.project.ui.RouteIds;
import dk.modningsportal.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The workshop board: a round's notes and evaluated trial actions from every organisation, grouped
 * by core element, with counts per core element and organisation; consultants take items to the
 * workshop, gather them in themes, summarise them, decide, and publish the next version.
 */
@Route("maturation/workshop/:workshopId")
@RolesAllowed("CONSULTANT")
class WorkshopBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Presence presence;
    private final CurrentUser currentUser;

    /** "Trial actions" in the kind filter, beside the note kinds. */
    static final String TRIAL_ACTIONS = "TRIAL_ACTIONS";

    final Select<OrganisationRef> organisationFilter = new Select<>();
    final Select<String> kindFilter = new Select<>();
    final Select<VersionInfo> versionFilter = new Select<>();
    final Select<NoteSource> sourceFilter = new Select<>();
    final Checkbox newSinceLast = new Checkbox();
    final Grid<CountRow> counts = new Grid<>();
    final Div groups = new Div();
    /** Rows fetched per request; a group of at most {@link #ALL_ROWS_UP_TO} shows them all, a larger one scrolls. */
    private static final int PAGE_SIZE = 40;
    private static final int ALL_ROWS_UP_TO = 12;
    final Map<Long, Grid<BoardItem>> groupGrids = new LinkedHashMap<>();
    private boolean building;
    final Div themesPanel = new Div();
    final TextField newThemeTitle = new TextField();
    final Button addTheme = new Button();
    final Map<Long, ThemeEditor> themeEditors = new LinkedHashMap<>();
    final Button publish = new Button();
    /** In the publishing dialog: the draft is the intervention's final version. */
    final com.vaadin.flow.component.checkbox.Checkbox asFinal = new com.vaadin.flow.component.checkbox.Checkbox();

    /** One row of the counts table: a core element and its counts per organisation. */
    record CountRow(String coreElement, Map<Long, Long> perOrganisation, long total) {
    }

    private final MaturationService maturation;
    private final ThemeFinding finding;
    private final MaturationDecisions decisions;
    private final WorkspaceAccess workspaceAccess;
    private final VersionPublishing publishing;
    private final WorkshopExport export;
    private WorkshopInfo workshop;
    private List<ThemeRow> themes = List.of();
    /** The themes as each row's theme list in the browser receives them: [{id, title}, …]. */
    private ArrayNode themeChoices = JsonNodeFactory.instance.arrayNode();
    private List<CoreElementRef> elements = List.of();

    WorkshopBoardView(MaturationService maturation, MaturationDecisions decisions, VersionPublishing publishing,
            WorkspaceAccess workspaceAccess, WorkshopExport export, Presence presence, CurrentUser currentUser,
            ChangeBus bus, ThemeFinding finding) {
        this.finding = finding;
        // New notes from the organisations and colleagues' work on the board appear while the board is open:
        // within five seconds, as one re-read, since a national project's organisations write all the time.
        LiveRefresh.whileAttached(this, bus, change -> workshop != null && change.isInProject(workshop.projectId()),
                Duration.ofSeconds(5), this::liveRefresh);
        this.presence = presence;
        this.currentUser = currentUser;
        this.maturation = maturation;
        this.workspaceAccess = workspaceAccess;
        this.decisions = decisions;
        this.publishing = publishing;
        this.export = export;
        addClassName("portal-page");
        // Wired once: the board is entered again (and rebuilt) without a new view.
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> confirmPublish());
        addTheme.addClickListener(e -> createTheme());
        organisationFilter.addValueChangeListener(e -> refreshItems());
        kindFilter.addValueChangeListener(e -> refreshItems());
        versionFilter.addValueChangeListener(e -> refreshItems());
        sourceFilter.addValueChangeListener(e -> refreshItems());
        newSinceLast.addValueChangeListener(e -> refreshItems());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long workshopId = RouteIds.id(event, "workshopId", "error.consultantsOnly");
        workshop = maturation.workshop(workshopId);
        elements = maturation.coreElements(workshopId);
        removeAll();
        // Setting the filters' values while building must not read the board each time: refresh reads it once.
        building = true;
        add(header(), filters(), countsSection(), boardAndThemes());
        building = false;
        refresh();
    }

    private Component header() {
        Div header = new Div();
        header.addClassName("workspace-header");
        Span project = new Span(workshop.projectName());
        project.addClassName("workspace-header-project");
        Div facts = new Div(badge(getTranslation("maturation.roundBadge", workshop.round().label())),
                badge(Formats.date(workshop.heldOn())));
        facts.addClassName("workspace-header-facts");
        if (workshop.previousWorkshop() != null) {
            facts.add(badge(getTranslation("maturation.previous", Formats.date(workshop.previousWorkshop()))));
        }
        FlexLayout actions = new FlexLayout();
        actions.addClassName("portal-buttons");
        actions.add(download("maturation.exportPackDocx", "workshoppakke.docx", DownloadLinks.DOCX, () -> export.packDocx(workshop.id())),
                download("maturation.exportPackPdf", "workshoppakke.pdf", DownloadLinks.PDF, () -> export.packPdf(workshop.id())),
                download("maturation.exportDecisionsDocx", "beslutninger.docx", DownloadLinks.DOCX,
                        () -> export.decisionsDocx(workshop.id())),
                download("maturation.exportDecisionsPdf", "beslutninger.pdf", DownloadLinks.PDF, () -> export.decisionsPdf(workshop.id())));
        if (workshop.draft() != null) {
            publish.setText(getTranslation("maturation.publish", workshop.draft().label()));
            publish.setVisible(true);
            facts.add(badge(getTranslation("maturation.draftBadge", workshop.draft().label())));
            draftLink().ifPresent(actions::add);
            actions.add(publish);
        }
        if (workshop.ledTo() != null) {
            facts.add(badge(getTranslation("maturation.ledTo", workshop.ledTo().label())));
        }
        facts.add(PresenceIndicator.forViewer(presence, currentUser, "workshop:" + workshop.id()));
        header.add(project, new H2(workshop.title()), facts, actions);
        return header;
    }

    private Anchor download(String label, String fileName, String type, Supplier<byte[]> content) {
        return DownloadLinks.of(getTranslation(label), fileName, type, content);
    }

    private Component filters() {
        organisationFilter.setLabel(getTranslation("maturation.organisation"));
        organisationFilter.setItems(maturation.organisations(workshop.id()));
        organisationFilter.setEmptySelectionAllowed(true);
        organisationFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        organisationFilter.setItemLabelGenerator(o -> o == null ? getTranslation("filter.all") : o.name());
        List<String> kinds = new ArrayList<>();
        for (NoteKind k : NoteKind.values()) {
            kinds.add(k.name());
        }
        kinds.add(TRIAL_ACTIONS);
        kindFilter.setLabel(getTranslation("note.kind"));
        kindFilter.setItems(kinds);
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        kindFilter.setItemLabelGenerator(k -> k == null ? getTranslation("filter.all")
                : TRIAL_ACTIONS.equals(k) ? getTranslation("maturation.trialActions")
                : Formats.label(NoteKind.valueOf(k)));
        versionFilter.setLabel(getTranslation("note.version"));
        versionFilter.setItems(workshop.roundVersions());
        versionFilter.setItemLabelGenerator(v -> v == null ? "" : v.label());
        versionFilter.setValue(workshop.round());
        sourceFilter.setLabel(getTranslation("note.source"));
        sourceFilter.setItems(NoteSource.values());
        sourceFilter.setEmptySelectionAllowed(true);
        sourceFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        sourceFilter.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : Formats.label(s));
        newSinceLast.setLabel(getTranslation("maturation.newSinceLast"));
        newSinceLast.setEnabled(workshop.previousWorkshop() != null);
        FlexLayout bar = new FlexLayout(organisationFilter, kindFilter, versionFilter, sourceFilter, newSinceLast);
        bar.addClassName("portal-toolbar");
        return bar;
    }

    private Component countsSection() {
        counts.removeAllColumns();
        counts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        counts.setAllRowsVisible(true);
        counts.addColumn(CountRow::coreElement).setHeader(getTranslation("note.coreElement")).setAutoWidth(true)
                .setKey("coreElement");
        for (OrganisationRef organisation : maturation.organisations(workshop.id())) {
            counts.addColumn(row -> row.perOrganisation().getOrDefault(organisation.id(), 0L))
                    .setHeader(organisation.name()).setKey("org-" + organisation.id()).setAutoWidth(true);
        }
        counts.addColumn(CountRow::total).setHeader(getTranslation("maturation.total")).setKey("total").setAutoWidth(true);
        Details details = new Details(getTranslation("maturation.countsTitle", workshop.round().label()), counts);
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    private Component boardAndThemes() {
        groups.addClassName("board-groups");
        newThemeTitle.setLabel(getTranslation("maturation.newTheme"));
        Forms.limit(newThemeTitle, WorkshopTheme.TITLE_MAX);
        addTheme.setText(getTranslation("maturation.addTheme"));
        FlexLayout newTheme = new FlexLayout(newThemeTitle, addTheme);
        newTheme.addClassName("portal-toolbar");
        Div themes = new Div(new H3(getTranslation("maturation.themes")), newTheme, themesPanel);
        themes.addClassNames("portal-section", "board-themes");
        Div layout = new Div(groups, themes);
        layout.addClassName("board-layout");
        return layout;
    }

    void refresh() {
        useThemes(maturation.themes(workshop.id()));
        refreshCounts();
        refreshThemes();
        refreshItems();
    }

    /** Like refresh, but a theme someone is writing in here keeps their unsaved text (saving tells of a conflict). */
    void liveRefresh() {
        workshop = maturation.workshop(workshop.id());
        publish.setVisible(workshop.draft() != null && publish.isVisible());
        useThemes(maturation.themes(workshop.id()));
        refreshCounts();
        if (themeEditors.values().stream().noneMatch(ThemeEditor::hasUnsavedText)) {
            refreshThemes();
        }
        refreshItems();
    }

    private void useThemes(List<ThemeRow> current) {
        themes = current;
        themeChoices = JsonNodeFactory.instance.arrayNode();
        current.forEach(t -> themeChoices.addObject().put("id", String.valueOf(t.id())).put("title", t.title()));
    }

    private void refreshCounts() {
        Map<Long, Map<Long, Long>> byElement = maturation.counts(workshop.id());
        List<CountRow> rows = new ArrayList<>();
        for (CoreElementRef element : elements) {
            rows.add(countRow(element.name(), byElement.getOrDefault(element.id(), Map.of())));
        }
        if (byElement.containsKey(null)) {
            rows.add(countRow(getTranslation("note.noCoreElement"), byElement.get(null)));
        }
        counts.setItems(rows);
    }

    private static CountRow countRow(String name, Map<Long, Long> perOrganisation) {
        return new CountRow(name, perOrganisation, perOrganisation.values().stream().mapToLong(Long::longValue).sum());
    }

    void refreshItems() {
        if (building) {
            return;
        }
        String kind = kindFilter.getValue();
        BoardFilter filter = new BoardFilter(versionFilter.getValue() == null ? workshop.round().id()
                : versionFilter.getValue().id(),
                organisationFilter.getValue() == null ? null : organisationFilter.getValue().id(),
                kind == null || TRIAL_ACTIONS.equals(kind) ? null : NoteKind.valueOf(kind), sourceFilter.getValue(),
                TRIAL_ACTIONS.equals(kind), newSinceLast.getValue());
        Map<Long, Long> perElement = maturation.boardCounts(workshop.id(), filter);
        groups.removeAll();
        groupGrids.clear();
        for (CoreElementRef element : elements) {
            addGroup(element.id(), element.name(), filter, perElement.getOrDefault(element.id(), 0L));
        }
        long without = perElement.getOrDefault(null, 0L);
        if (without > 0) {
            addGroup(null, getTranslation("note.noCoreElement"), filter, without);
        }
    }

    /**
     * A core element's items, read from the database a page at a time as the person scrolls: a national round
     * has tens of thousands of notes, and the board shows the newest first.
     */
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
                        .withProperty("kind", this::kindLabel).withProperty("kindClass", WorkshopBoardView::kindClass))
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
        long workshopId = workshop.id();
        grid.setItems(query -> maturation.boardPage(workshopId, filter, elementId, query.getOffset(), query.getLimit())
                .stream(), query -> (int) Math.min(count, Integer.MAX_VALUE));
        groupGrids.put(elementId, grid);
        Button suggest = new Button(getTranslation("maturation.suggest.open"), VaadinIcon.LIGHTBULB.create());
        suggest.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        suggest.addClassName("board-suggest");
        suggest.setVisible(count >= 3);
        suggest.addClickListener(e -> new SuggestionsDialog(finding, workshopId, elementId, name, this::refresh).open());
        Details group = new Details(name + " (" + Formats.number(count) + ")", suggest, grid);
        group.setOpened(count > 0);
        group.setWidthFull();
        group.addClassName("board-group");
        groups.add(group);
    }

    void take(BoardItem item, boolean taken) {
        if (taken != item.taken()) {
            maturation.setTaken(workshop.id(), item.ref(), taken);
            refresh();
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
        if (!java.util.Objects.equals(themeId, item.themeId())) {
            maturation.assignTheme(workshop.id(), item.ref(), themeId);
            refresh();
        }
    }

    void openSimilar(BoardItem item) {
        new SimilarDialog(getTranslation("maturation.similar.title"),
                () -> finding.similarTo(workshop.id(), item.ref()), themes, null, maturation, workshop.id(),
                this::refresh).open();
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

    private void createTheme() {
        try {
            maturation.createTheme(workshop.id(), newThemeTitle.getValue());
            newThemeTitle.clear();
            refresh();
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, Map.of("title", newThemeTitle));
        }
    }

    private void refreshThemes() {
        themesPanel.removeAll();
        themeEditors.clear();
        if (themes.isEmpty()) {
            themesPanel.add(new Paragraph(getTranslation("maturation.noThemes")));
        }
        for (ThemeRow theme : themes) {
            ThemeEditor editor = new ThemeEditor(theme);
            themeEditors.put(theme.id(), editor);
            themesPanel.add(editor);
        }
    }

    private void confirmPublish() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("maturation.publishTitle", workshop.draft().label()));
        Component summary = publishSummary();
        asFinal.setLabel(getTranslation("maturation.publishAsFinal"));
        asFinal.setHelperText(getTranslation("maturation.publishAsFinalHelp"));
        asFinal.setValue(false);
        dialog.setText(new Div(summary, asFinal));
        dialog.setConfirmText(getTranslation("maturation.publishConfirm"));
        dialog.addConfirmListener(e -> publishDraft());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    /** What publishing sets going, and the draft's changes as the workshop decided them. */
    private Component publishSummary() {
        Div summary = new Div(new Paragraph(getTranslation("maturation.publishText", workshop.draft().label(),
                workshop.round().label())));
        List<DecisionRow> decided = themes.stream().flatMap(t -> t.decisions().stream()).toList();
        if (decided.isEmpty()) {
            summary.add(new Paragraph(getTranslation("maturation.publishNoChanges")));
        } else {
            summary.add(new Paragraph(getTranslation("maturation.publishChanges", decided.size())));
            UnorderedList list = new UnorderedList();
            decided.forEach(d -> list.add(new ListItem(Formats.label(d.kind())
                    + (d.coreElementName() != null ? ": " + d.coreElementName() : d.newName() != null ? ": " + d.newName() : ""))));
            list.addClassName("publish-summary");
            summary.add(list);
        }
        return summary;
    }

    /** "Se udkast": the draft version on the intervention page of one of the project's workspaces. */
    private Optional<Anchor> draftLink() {
        return workspaceAccess.readableWorkspaces().stream().filter(w -> w.projectId() == workshop.projectId())
                .findFirst().map(w -> {
                    Anchor link = new Anchor(WorkspaceRoutes.intervention(w.workspaceId()) + "?version="
                            + workshop.draft().id(), getTranslation("maturation.seeDraft", workshop.draft().label()));
                    link.addClassName("draft-link");
                    return link;
                });
    }

    void publishDraft() {
        boolean finalVersion = asFinal.getValue();
        VersionInfo published = publishing.publish(workshop.projectId(), workshop.draft().id(), finalVersion);
        Forms.success(getTranslation(finalVersion ? "maturation.publishedFinal" : "maturation.published",
                published.label()));
        workshop = maturation.workshop(workshop.id());
        publish.setVisible(false);
    }

    /** A theme: its title, the consultants' summary, its decisions and a button to record one. */
    final class ThemeEditor extends Div {

        final TextField title = new TextField();
        final TextArea summary = new TextArea();
        final Button save = new Button();
        final Button decide = new Button();
        final Button remove = new Button();
        final Button similar = new Button();
        private long version;
        private final ThemeRow loaded;

        ThemeEditor(ThemeRow theme) {
            loaded = theme;
            addClassName("theme-editor");
            version = theme.version();
            title.setValue(theme.title());
            title.setLabel(getTranslation("maturation.themeTitle"));
            Forms.limit(title, WorkshopTheme.TITLE_MAX);
            title.setWidthFull();
            summary.setLabel(getTranslation("maturation.summary"));
            summary.setValue(Optional.ofNullable(theme.summary()).orElse(""));
            Forms.limit(summary, WorkshopTheme.SUMMARY_MAX);
            summary.setWidthFull();
            save.setText(getTranslation("action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            save.addClickListener(e -> save(theme));
            decide.setText(getTranslation("maturation.decide"));
            decide.setVisible(workshop.draft() != null);
            decide.addClickListener(e -> new DecisionDialog(decisions, theme.id(), theme.title(),
                    workshop.draft() == null ? "" : workshop.draft().label(), elements, WorkshopBoardView.this::refresh)
                    .open());
            remove.setText(getTranslation("action.delete"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            // A theme something was decided under explains the next version: it stays.
            remove.setVisible(theme.decisions().isEmpty());
            remove.addClickListener(e -> confirmRemove(theme));
            similar.setText(getTranslation("maturation.similar.title"));
            similar.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            similar.addClickListener(e -> new SimilarDialog(getTranslation("maturation.similar.forTheme", theme.title()),
                    () -> finding.similarToTheme(workshop.id(), theme.id()), themes, theme, maturation, workshop.id(),
                    WorkshopBoardView.this::refresh).open());
            Span standing = new Span(getTranslation("maturation.themeStanding", theme.itemCount(),
                    theme.organisationCount()));
            standing.addClassName("theme-standing");
            FlexLayout buttons = new FlexLayout(save, decide, similar, remove);
            buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            add(title, standing, summary, buttons);
            for (DecisionRow decision : theme.decisions()) {
                Paragraph line = new Paragraph(Formats.label(decision.kind())
                        + (decision.coreElementName() != null ? ": " + decision.coreElementName()
                        : decision.newName() != null ? ": " + decision.newName() : "")
                        + " – " + decision.reason());
                line.addClassName("theme-decision");
                add(line);
            }
        }

        private void confirmRemove(ThemeRow theme) {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("maturation.deleteThemeTitle", theme.title()),
                    getTranslation("maturation.deleteThemeText", theme.itemCount()), getTranslation("action.delete"), e -> {
                        try {
                            maturation.deleteTheme(theme.id(), version);
                            Forms.success(getTranslation("maturation.themeDeleted"));
                        } catch (ValidationFailedException refused) {
                            Forms.error(getTranslation("maturation.themeHasDecisions"));
                        } catch (ConcurrentEditException conflict) {
                            Forms.error(getTranslation("maturation.themeConflict"));
                        }
                        refresh();
                    });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        }

        boolean hasUnsavedText() {
            return !title.getValue().equals(loaded.title())
                    || !summary.getValue().equals(Optional.ofNullable(loaded.summary()).orElse(""));
        }

        private void save(ThemeRow theme) {
            try {
                maturation.updateTheme(theme.id(), version, title.getValue(), summary.getValue());
                Forms.success(getTranslation("maturation.themeSaved"));
                refresh();
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, Map.of("title", title, "summary", summary));
            } catch (ConcurrentEditException conflict) {
                // Keep what this consultant wrote; saving again applies it on top of the colleague's version.
                version = conflict.getCurrentVersion();
                Forms.error(getTranslation("maturation.themeConflict"));
            }
        }
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("portal-badge");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return workshop == null ? getTranslation("nav.maturation") : workshop.title();
    }
}
