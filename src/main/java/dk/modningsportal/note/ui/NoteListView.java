package dk.modningsportal.note.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dk.modningsportal.base.ui.LiveGridRows;
import dk.modningsportal.base.ui.Badges;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.ShareControl;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.live.Presence;
import dk.modningsportal.live.ui.LiveRefresh;
import dk.modningsportal.live.ui.PresenceIndicator;
import dk.modningsportal.note.NoteFilter;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteRoutes;
import dk.modningsportal.note.NoteRow;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.note.NoteSource;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.project.ui.RouteIds;
import dk.modningsportal.project.ui.WorkspaceHeader;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.trialaction.TrialActionService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A workspace's experience notes, with filters and search; a row opens the note. */
@Route(NoteRoutes.NOTES)
@PermitAll
class NoteListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Presence presence;
    private final CurrentUser currentUser;

    final TextField search = new TextField();
    final Select<NoteKind> kindFilter = new Select<>();
    final ComboBox<CoreElementRef> coreElementFilter = new ComboBox<>();
    final Select<VersionRef> versionFilter = new Select<>();
    final Select<NoteSource> sourceFilter = new Select<>();
    final Button newNote = new Button();
    final Grid<NoteRow> grid = new Grid<>();
    /** A colleague's change sends only the rows it changed. */
    private final LiveGridRows<NoteRow> rows = new LiveGridRows<>(grid, NoteRow::id);

    private final NoteService notes;
    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private final TrialActionService trialActions;
    private final List<NoteAddition> additions;
    private long workspaceId;
    private boolean writable;

    NoteListView(NoteService notes, WorkspaceAccess workspaceAccess, InterventionCatalog catalog,
            TrialActionService trialActions, List<NoteAddition> additions, ChangeBus changes, Presence presence,
            CurrentUser currentUser) {
        this.presence = presence;
        this.currentUser = currentUser;
        // A note written by a colleague appears without a reload.
        LiveRefresh.whileAttached(this, changes, change -> change.isWorkspace(workspaceId), rows::refreshChanged);
        this.additions = additions;
        this.notes = notes;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        this.trialActions = trialActions;
        addClassName("portal-page");
        // Stable ids: the load test (load/) finds these components by them.
        grid.setId("notes");
        setSizeFull();
        addAttachListener(attach -> {
            var registration = ComponentUtil.addListener(attach.getUI(), NoteCapturedEvent.class, captured -> {
                if (captured.getWorkspaceId() == workspaceId) {
                    refresh();
                }
            });
            addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        workspaceId = RouteIds.workspaceId(event);
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        writable = workspace.writable();
        removeAll();
        Optional<VersionRef> currentVersion = catalog.currentVersion(workspaceId);
        WorkspaceHeader header = new WorkspaceHeader(workspace, currentVersion.map(VersionRef::label).orElse(null),
                currentVersion.map(VersionRef::finalVersion).orElse(false), WorkspaceHeader.Section.NOTES);
        header.addFact(PresenceIndicator.forViewer(presence, currentUser, "workspace:" + workspaceId));
        add(header);

        search.setPlaceholder(getTranslation("filter.search"));
        search.setAriaLabel(getTranslation("filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        kindFilter.setLabel(getTranslation("note.kind"));
        kindFilter.setItems(NoteKind.values());
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        kindFilter.setItemLabelGenerator(k -> k == null ? getTranslation("filter.all") : Formats.label(k));
        coreElementFilter.setLabel(getTranslation("note.coreElement"));
        coreElementFilter.setItems(catalog.coreElements(workspaceId));
        coreElementFilter.setItemLabelGenerator(CoreElementRef::name);
        coreElementFilter.setClearButtonVisible(true);
        coreElementFilter.setPlaceholder(getTranslation("filter.all"));
        versionFilter.setLabel(getTranslation("note.version"));
        versionFilter.setItems(catalog.versions(workspaceId));
        versionFilter.setEmptySelectionAllowed(true);
        versionFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        versionFilter.setItemLabelGenerator(v -> v == null ? getTranslation("filter.all") : v.label());
        sourceFilter.setLabel(getTranslation("note.source"));
        sourceFilter.setItems(NoteSource.values());
        sourceFilter.setEmptySelectionAllowed(true);
        sourceFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        sourceFilter.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : Formats.label(s));
        search.addValueChangeListener(e -> refresh());
        kindFilter.addValueChangeListener(e -> refresh());
        coreElementFilter.addValueChangeListener(e -> refresh());
        versionFilter.addValueChangeListener(e -> refresh());
        sourceFilter.addValueChangeListener(e -> refresh());

        newNote.setText(getTranslation("note.new"));
        newNote.setIcon(VaadinIcon.PLUS.create());
        newNote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newNote.setVisible(writable);
        newNote.addClickListener(e -> open(notes.emptyInput(workspaceId)));
        FlexLayout toolbar = new FlexLayout(search, kindFilter, coreElementFilter, versionFilter, sourceFilter, newNote);
        toolbar.addClassName("portal-toolbar");

        grid.removeAllColumns();
        grid.addColumn(Badges.column((NoteRow row) -> Formats.label(row.kind()), row -> kindClass(row.kind())))
                .setHeader(getTranslation("note.kind")).setKey("kind").setAutoWidth(true)
                .setFlexGrow(0);
        // The note's text gets the room; the date stays in view at the right edge when a tablet scrolls sideways.
        grid.addColumn(NoteRow::summary).setHeader(getTranslation("note.summary")).setWidth("20rem").setFlexGrow(6)
                .setKey("summary");
        grid.addColumn(Badges.shared(NoteRow::shared, getTranslation("share.badge"))).setHeader(getTranslation("share.column"))
                .setWidth("5.5rem").setFlexGrow(0).setKey("shared");
        grid.addColumn(row -> row.coreElementName() == null ? getTranslation("note.noCoreElement") : row.coreElementName())
                .setHeader(getTranslation("note.coreElement")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(NoteRow::versionLabel).setHeader(getTranslation("note.version")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(row -> Formats.label(row.source())).setHeader(getTranslation("note.source")).setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(NoteRow::authorName).setHeader(getTranslation("note.author")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.createdAt().atZone(dk.modningsportal.base.DanishTime.ZONE).toLocalDate()))
                .setHeader(getTranslation("note.created")).setWidth("8.5rem").setFlexGrow(0).setFrozenToEnd(true)
                .setKey("created");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("note.empty"));
        // A row refreshed away meanwhile (a colleague's change) has no item: the click is ignored.
        grid.addItemClickListener(e -> Optional.ofNullable(e.getItem()).ifPresent(item -> open(notes.load(item.id()))));
        grid.setSizeFull();
        add(toolbar, grid);
        // The dashboard links here with the round's version as filter.
        event.getLocation().getQueryParameters().getSingleParameter("version")
                .flatMap(v -> versionFilter.getListDataView().getItems().filter(r -> String.valueOf(r.id()).equals(v)).findFirst())
                .ifPresent(versionFilter::setValue);
        refresh();
        // Notifications and the activity feed link to one note.
        event.getLocation().getQueryParameters().getSingleParameter("note").flatMap(NoteListView::parseId)
                .ifPresent(noteId -> open(notes.load(noteId)));
    }

    private static java.util.Optional<Long> parseId(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }

    private void open(dk.modningsportal.note.NoteInput input) {
        new NoteDialog(notes, catalog, trialActions, input, writable, additions, this::refresh).open();
    }

    void refresh() {
        NoteFilter filter = new NoteFilter(kindFilter.getValue(),
                coreElementFilter.getValue() == null ? null : coreElementFilter.getValue().id(),
                versionFilter.getValue() == null ? null : versionFilter.getValue().id(), sourceFilter.getValue(),
                search.getValue());
        rows.show(query -> notes.list(workspaceId, filter, VaadinSpringDataHelpers.toSpringPageRequest(query)),
                query -> notes.count(workspaceId, filter));
    }

    static String kindClass(NoteKind kind) {
        return "kind-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.section.notes");
    }
}
