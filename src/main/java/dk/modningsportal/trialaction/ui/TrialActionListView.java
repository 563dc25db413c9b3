package dk.modningsportal.trialaction.ui;

import dk.modningsportal.project.WorkspacePeople;
import com.vaadin.flow.component.UI;
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
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.project.ui.RouteIds;
import dk.modningsportal.project.ui.WorkspaceHeader;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.UserDirectory.Person;
import dk.modningsportal.trialaction.TrialActionFilter;
import dk.modningsportal.trialaction.TrialActionRoutes;
import dk.modningsportal.trialaction.TrialActionRow;
import dk.modningsportal.trialaction.TrialActionService;
import dk.modningsportal.trialaction.TrialActionStatus;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** A workspace's trial actions, with filters and search; a row opens the trial action's form. */
@Route(TrialActionRoutes.TRIAL_ACTIONS)
@PermitAll
class TrialActionListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Presence presence;

    private final WorkspacePeople workspacePeople;
    private final CurrentUser currentUser;

    final Select<TrialActionStatus> statusFilter = new Select<>();
    final ComboBox<CoreElementRef> coreElementFilter = new ComboBox<>();
    final Select<VersionRef> versionFilter = new Select<>();
    final ComboBox<Person> responsibleFilter = new ComboBox<>();
    final TextField search = new TextField();
    final Button newTrialAction = new Button();
    final Grid<TrialActionRow> grid = new Grid<>();
    /** A colleague's change sends only the rows it changed. */
    private final LiveGridRows<TrialActionRow> rows = new LiveGridRows<>(grid, TrialActionRow::id);

    private final TrialActionService trialActions;
    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private long workspaceId;
    private boolean overdueOnly;

    TrialActionListView(TrialActionService trialActions, WorkspaceAccess workspaceAccess, InterventionCatalog catalog,
            ChangeBus changes, Presence presence, CurrentUser currentUser, WorkspacePeople workspacePeople) {
        this.workspacePeople = workspacePeople;
        this.presence = presence;
        this.currentUser = currentUser;
        LiveRefresh.whileAttached(this, changes, change -> change.isWorkspace(workspaceId), rows::refreshChanged);
        this.trialActions = trialActions;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        addClassName("portal-page");
        // Stable ids: the load test (load/) finds these components by them.
        grid.setId("trial-actions");
        newTrialAction.setId("new-trial-action");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        workspaceId = RouteIds.workspaceId(event);
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        java.util.Optional<VersionRef> currentVersion = catalog.currentVersion(workspaceId);
        String versionLabel = currentVersion.map(VersionRef::label).orElse(null);
        removeAll();
        WorkspaceHeader header = new WorkspaceHeader(workspace, versionLabel, currentVersion.map(VersionRef::finalVersion).orElse(false),
                WorkspaceHeader.Section.TRIAL_ACTIONS);
        header.addFact(PresenceIndicator.forViewer(presence, currentUser, "workspace:" + workspaceId));
        add(header);

        configureFilters();
        newTrialAction.setText(getTranslation("trialAction.new"));
        newTrialAction.setIcon(VaadinIcon.PLUS.create());
        newTrialAction.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newTrialAction.setVisible(workspace.writable());
        newTrialAction.addClickListener(e -> UI.getCurrent().navigate(TrialActionRoutes.newTrialAction(workspaceId)));
        FlexLayout toolbar = new FlexLayout(search, statusFilter, coreElementFilter, versionFilter, responsibleFilter,
                newTrialAction);
        toolbar.addClassName("portal-toolbar");

        configureGrid();
        add(toolbar, grid);
        // Figures on the dashboard link here with the filter they count by.
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("status").flatMap(ListParameters::status).ifPresent(statusFilter::setValue);
        overdueOnly = query.getSingleParameter("overdue").map("true"::equals).orElse(false);
        if (overdueOnly) {
            addComponentAtIndex(1, overdueNotice());
        }
        refresh();
    }

    private void configureFilters() {
        search.setPlaceholder(getTranslation("filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel(getTranslation("filter.search"));

        statusFilter.setLabel(getTranslation("trialAction.status"));
        statusFilter.setItems(TrialActionStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : Formats.label(s));

        coreElementFilter.setLabel(getTranslation("trialAction.coreElements"));
        coreElementFilter.setItems(catalog.coreElements(workspaceId));
        coreElementFilter.setItemLabelGenerator(CoreElementRef::name);
        coreElementFilter.setClearButtonVisible(true);
        coreElementFilter.setPlaceholder(getTranslation("filter.all"));

        versionFilter.setLabel(getTranslation("trialAction.version"));
        versionFilter.setItems(catalog.versions(workspaceId));
        versionFilter.setEmptySelectionAllowed(true);
        versionFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        versionFilter.setItemLabelGenerator(v -> v == null ? getTranslation("filter.all") : v.label());

        responsibleFilter.setLabel(getTranslation("trialAction.responsible"));
        responsibleFilter.setItems(workspacePeople.team(workspaceId));
        responsibleFilter.setItemLabelGenerator(Person::displayName);
        responsibleFilter.setClearButtonVisible(true);
        responsibleFilter.setPlaceholder(getTranslation("filter.all"));

        search.addValueChangeListener(e -> refresh());
        statusFilter.addValueChangeListener(e -> refresh());
        coreElementFilter.addValueChangeListener(e -> refresh());
        versionFilter.addValueChangeListener(e -> refresh());
        responsibleFilter.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.removeAllColumns();
        grid.addColumn(TrialActionRow::title).setHeader(getTranslation("trialAction.title")).setFlexGrow(3)
                .setResizable(true);
        grid.addColumn(Badges.column((TrialActionRow row) -> Formats.label(row.status()), row -> statusClass(row.status())))
                .setHeader(getTranslation("trialAction.status")).setKey("status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TrialActionRow::responsibleName).setHeader(getTranslation("trialAction.responsible"))
                .setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.startDate()) + " – " + Formats.date(row.endDate()))
                .setHeader(getTranslation("trialAction.period")).setAutoWidth(true);
        grid.addColumn(TrialActionRow::coreElementNames).setHeader(getTranslation("trialAction.coreElements"))
                .setFlexGrow(2);
        grid.addColumn(TrialActionRow::versionLabel).setHeader(getTranslation("trialAction.version"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Badges.shared(TrialActionRow::shared, getTranslation("share.badge"))).setHeader(getTranslation("share.column"))
                .setAutoWidth(true).setFlexGrow(0).setKey("shared");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("trialAction.empty"));
        // A row refreshed away meanwhile (a colleague's change) has no item: the click is ignored.
        grid.addItemClickListener(e -> Optional.ofNullable(e.getItem())
                .ifPresent(item -> UI.getCurrent().navigate(TrialActionRoutes.trialAction(item.id()))));
        grid.setSizeFull();
    }

    void refresh() {
        TrialActionFilter filter = new TrialActionFilter(statusFilter.getValue(),
                coreElementFilter.getValue() == null ? null : coreElementFilter.getValue().id(),
                versionFilter.getValue() == null ? null : versionFilter.getValue().id(),
                responsibleFilter.getValue() == null ? null : responsibleFilter.getValue().id(), search.getValue(),
                overdueOnly);
        rows.show(query -> trialActions.list(workspaceId, filter, VaadinSpringDataHelpers.toSpringPageRequest(query)),
                query -> trialActions.count(workspaceId, filter));
    }

    private com.vaadin.flow.component.Component overdueNotice() {
        Button all = new Button(getTranslation("trialAction.showAll"), e -> {
            overdueOnly = false;
            e.getSource().getParent().ifPresent(p -> p.setVisible(false));
            refresh();
        });
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Span text = new Span(getTranslation("trialAction.overdueOnly") + " ");
        com.vaadin.flow.component.html.Div notice = new com.vaadin.flow.component.html.Div(text, all);
        notice.addClassName("portal-announcement");
        return notice;
    }

    /** Parses list filters given in the address. */
    static final class ListParameters {
        static java.util.Optional<TrialActionStatus> status(String value) {
            try {
                return java.util.Optional.of(TrialActionStatus.valueOf(value));
            } catch (IllegalArgumentException unknown) {
                return java.util.Optional.empty();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.section.trialActions");
    }

    /** The class that colours a status's badge. */
    static String statusClass(TrialActionStatus status) {
        return "status-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
