package dk.modningsportal.maturation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.DownloadLinks;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionRoutes;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.live.Presence;
import dk.modningsportal.live.ui.LiveRefresh;
import dk.modningsportal.live.ui.PresenceIndicator;
import dk.modningsportal.maturation.BoardFilter;
import dk.modningsportal.maturation.BoardThemes.ThemeRow;
import dk.modningsportal.maturation.BoardThemes;
import dk.modningsportal.maturation.MaturationDecisions;
import dk.modningsportal.maturation.ThemeFinding;
import dk.modningsportal.maturation.VersionPublishing;
import dk.modningsportal.maturation.WorkshopBoard;
import dk.modningsportal.maturation.WorkshopExport;
import dk.modningsportal.maturation.WorkshopService.OrganisationRef;
import dk.modningsportal.maturation.WorkshopService.VersionInfo;
import dk.modningsportal.maturation.WorkshopService.WorkshopInfo;
import dk.modningsportal.maturation.WorkshopService;
import dk.modningsportal.maturation.WorkshopTheme;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteSource;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.ui.RouteIds;
import dk.modningsportal.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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

    /** A combo box, not a select: a select keeps a component per organisation (98 in the national project). */
    final ComboBox<OrganisationRef> organisationFilter = new ComboBox<>();
    final Select<String> kindFilter = new Select<>();
    final Select<VersionInfo> versionFilter = new Select<>();
    final Select<NoteSource> sourceFilter = new Select<>();
    final Checkbox newSinceLast = new Checkbox();
    final Grid<CountRow> counts = new Grid<>();
    final BoardGroups groups;
    private boolean building;
    final Div themesPanel = new Div();
    final TextField newThemeTitle = new TextField();
    final Button addTheme = new Button();
    final Map<Long, ThemeEditor> themeEditors = new LinkedHashMap<>();
    final Button publish = new Button();

    /**
     * One row of the counts table: an organisation and its items per core element ({@code null}: under none). No
     * total per organisation: an item under two core elements counts in both.
     */
    record CountRow(String organisation, Map<Long, Long> perElement) {

        CountRow {
            perElement = new HashMap<>(perElement); // a null key (under none) is one: Map.of() refuses to look it up
        }

        long count(Long elementId) {
            return perElement.getOrDefault(elementId, 0L);
        }
    }

    private final WorkshopService workshopService;

    private final BoardThemes boardThemes;

    private final WorkshopBoard workshopBoard;
    private final ThemeFinding finding;
    private final MaturationDecisions decisions;
    private final WorkspaceAccess workspaceAccess;
    private final VersionPublishing publishing;
    private final WorkshopExport export;
    private WorkshopInfo workshop;
    private List<ThemeRow> themes = List.of();
    private List<CoreElementRef> elements = List.of();
    private List<OrganisationRef> organisations = List.of();
    private FooterRow countTotals;
    /** A counts table of more organisations scrolls (its height in portal.css). */
    private static final int ALL_COUNT_ROWS_UP_TO = 12;

    WorkshopBoardView(WorkshopService workshopService, BoardThemes boardThemes, WorkshopBoard workshopBoard, MaturationDecisions decisions, VersionPublishing publishing,
            WorkspaceAccess workspaceAccess, WorkshopExport export, Presence presence, CurrentUser currentUser,
            ChangeBus bus, ThemeFinding finding) {
        this.finding = finding;
        // New notes from the organisations and colleagues' work on the board appear while the board is open:
        // within five seconds, as one re-read, since a national project's organisations write all the time.
        LiveRefresh.whileAttached(this, bus, change -> workshop != null && change.isInProject(workshop.projectId()),
                Duration.ofSeconds(5), this::liveRefresh);
        this.presence = presence;
        this.currentUser = currentUser;
        this.workshopService = workshopService;
        this.boardThemes = boardThemes;
        this.workshopBoard = workshopBoard;
        this.workspaceAccess = workspaceAccess;
        this.decisions = decisions;
        this.publishing = publishing;
        this.export = export;
        groups = new BoardGroups(workshopBoard, finding, this::refreshThemes, this::refresh);
        addClassName("portal-page");
        // Wired once: the board is entered again (and rebuilt) without a new view.
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> new PublishDraftDialog(publishing, workshop, themes, () -> {
            workshop = workshopService.workshop(workshop.id());
            publish.setVisible(false);
        }).open());
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
        workshop = workshopService.workshop(workshopId);
        elements = workshopService.coreElements(workshopId);
        organisations = workshopService.organisations(workshopId);
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
        organisationFilter.setItems(organisations);
        organisationFilter.setItemLabelGenerator(OrganisationRef::name);
        organisationFilter.setPlaceholder(getTranslation("filter.all"));
        organisationFilter.setClearButtonVisible(true);
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

    /**
     * Items per organisation and core element: a row per organisation (98 in the national project), a column per
     * core element, so the table scrolls down rather than across and keeps a handful of columns on the server.
     */
    private Component countsSection() {
        counts.removeAllColumns();
        counts.getFooterRows().forEach(counts::removeFooterRow);
        counts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        counts.setAllRowsVisible(organisations.size() <= ALL_COUNT_ROWS_UP_TO);
        counts.setClassName("board-counts-scroll", organisations.size() > ALL_COUNT_ROWS_UP_TO);
        counts.addColumn(CountRow::organisation).setHeader(getTranslation("maturation.organisation"))
                .setKey("organisation").setAutoWidth(true).setFrozen(true).setSortable(true);
        for (CoreElementRef element : elements) {
            counts.addColumn(row -> row.count(element.id())).setHeader(element.name())
                    .setKey("element-" + element.id()).setAutoWidth(true).setSortable(true);
        }
        counts.addColumn(row -> row.count(null)).setHeader(getTranslation("note.noCoreElement"))
                .setKey("element-none").setAutoWidth(true).setSortable(true);
        countTotals = counts.appendFooterRow();
        Details details = new Details(getTranslation("maturation.countsTitle", workshop.round().label()), counts);
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    private Component boardAndThemes() {
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
        useThemes(boardThemes.themes(workshop.id()));
        refreshCounts();
        showThemes();
        refreshItems();
    }

    /** Like refresh, but a theme someone is writing in here keeps their unsaved text (saving tells of a conflict). */
    void liveRefresh() {
        workshop = workshopService.workshop(workshop.id());
        publish.setVisible(workshop.draft() != null && publish.isVisible());
        useThemes(boardThemes.themes(workshop.id()));
        refreshCounts();
        if (themeEditors.values().stream().noneMatch(ThemeEditor::hasUnsavedText)) {
            showThemes();
        }
        refreshItems();
    }

    private void useThemes(List<ThemeRow> current) {
        themes = current;
        groups.useThemes(current);
    }

    private void refreshCounts() {
        Map<Long, Map<Long, Long>> byElement = workshopBoard.counts(workshop.id());
        Map<Long, Map<Long, Long>> byOrganisation = new LinkedHashMap<>();
        Map<Long, Long> perElement = new LinkedHashMap<>();
        byElement.forEach((elementId, perOrganisation) -> perOrganisation.forEach((organisationId, count) -> {
            byOrganisation.computeIfAbsent(organisationId, id -> new HashMap<>()).put(elementId, count);
            perElement.merge(elementId, count, Long::sum);
        }));
        counts.getColumnByKey("element-none").setVisible(byElement.containsKey(null));
        counts.setItems(organisations.stream()
                .map(o -> new CountRow(o.name(), byOrganisation.getOrDefault(o.id(), Map.of()))).toList());
        countTotals.getCell(counts.getColumnByKey("organisation")).setText(getTranslation("maturation.total"));
        for (CoreElementRef element : elements) {
            countTotals.getCell(counts.getColumnByKey("element-" + element.id()))
                    .setText(Formats.number(perElement.getOrDefault(element.id(), 0L)));
        }
        countTotals.getCell(counts.getColumnByKey("element-none")).setText(Formats.number(perElement.getOrDefault(null, 0L)));
    }

    void refreshItems() {
        if (building) {
            return;
        }
        String kind = kindFilter.getValue();
        groups.show(workshop.id(), elements, new BoardFilter(versionFilter.getValue() == null ? workshop.round().id()
                : versionFilter.getValue().id(),
                organisationFilter.getValue() == null ? null : organisationFilter.getValue().id(),
                kind == null || TRIAL_ACTIONS.equals(kind) ? null : NoteKind.valueOf(kind), sourceFilter.getValue(),
                TRIAL_ACTIONS.equals(kind), newSinceLast.getValue()));
    }

    private void createTheme() {
        try {
            boardThemes.createTheme(workshop.id(), newThemeTitle.getValue());
            newThemeTitle.clear();
            refresh();
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, Map.of("title", newThemeTitle));
        }
    }

    /** After an item was taken or placed in a theme: the themes' standing changed, not the board. */
    private void refreshThemes() {
        useThemes(boardThemes.themes(workshop.id()));
        showThemes();
    }

    private void showThemes() {
        themesPanel.removeAll();
        themeEditors.clear();
        if (themes.isEmpty()) {
            themesPanel.add(new Paragraph(getTranslation("maturation.noThemes")));
        }
        for (ThemeRow theme : themes) {
            ThemeEditor editor = new ThemeEditor(boardThemes, workshopBoard, finding, decisions, workshop, elements, themes, theme,
                    this::refresh);
            themeEditors.put(theme.id(), editor);
            themesPanel.add(editor);
        }
    }

    /** "Se udkast": the draft version on the intervention page of one of the project's workspaces. */
    private Optional<Anchor> draftLink() {
        return workspaceAccess.readableWorkspaces().stream().filter(w -> w.projectId() == workshop.projectId())
                .findFirst().map(w -> {
                    Anchor link = new Anchor(InterventionRoutes.intervention(w.workspaceId()) + "?version="
                            + workshop.draft().id(), getTranslation("maturation.seeDraft", workshop.draft().label()));
                    link.addClassName("draft-link");
                    return link;
                });
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
