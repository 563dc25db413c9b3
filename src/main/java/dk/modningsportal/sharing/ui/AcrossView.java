package dk.modningsportal.sharing.ui;

import dk.modningsportal.project.ProjectParticipation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.DanishTime;
import dk.modningsportal.base.ui.Badges;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.live.Change;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.live.ui.LiveRefresh;
import dk.modningsportal.note.NoteRoutes;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.project.ProjectRoutes;
import dk.modningsportal.project.ui.RouteIds;
import dk.modningsportal.sharing.AgendaPresentations;
import dk.modningsportal.sharing.ReflectionPresentation;
import dk.modningsportal.sharing.SharedItems.Item;
import dk.modningsportal.sharing.SharedItems.Kind;
import dk.modningsportal.sharing.SharedItems.OrganisationOption;
import dk.modningsportal.sharing.SharedItems;
import dk.modningsportal.trialaction.TrialActionRoutes;
import dk.modningsportal.trialaction.TrialActionService;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * "På tværs": what the project's organisations have shared with each other, the most recently shared first,
 * filtered by kind, core element, version and organisation. An item opens read-only for other organisations.
 */
@Route(ProjectRoutes.ACROSS)
@PermitAll
class AcrossView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<Kind> kindFilter = new Select<>();
    final ComboBox<CoreElementRef> coreElementFilter = new ComboBox<>();
    final Select<VersionRef> versionFilter = new Select<>();
    final Select<OrganisationOption> organisationFilter = new Select<>();
    final Checkbox shareNewNotes = new Checkbox();
    final Grid<Item> grid = new Grid<>();
    final Button prepare = new Button();

    private final SharedItems sharedItems;

    private final ProjectParticipation participation;
    private long projectId;

    private SharedItems.Options options;
    /** While the page sets its own fields from what is stored, their changes are not the person's. */
    private boolean showing;

    AcrossView(SharedItems sharedItems, ChangeBus changes,
            ReflectionPresentation presentation, TrialActionService trialActions, NoteService notes,
            AgendaPresentations agenda, ProjectParticipation participation) {
        this.participation = participation;
        this.sharedItems = sharedItems;
        prepare.setText(getTranslation("presentation.open"));
        prepare.setIcon(VaadinIcon.PRESENTATION.create());
        prepare.addClickListener(e -> new PresentationDialog(options.ownWorkspaceId(), presentation, trialActions,
                notes, agenda, null, this::refresh).open());
        addClassName("portal-page");
        grid.setId("shared-items");
        setSizeFull();
        // A team shares or withdraws in its workspace: the list follows without a reload (re-read with this
        // person's rights, so an item withdrawn meanwhile leaves it).
        LiveRefresh.whileAttached(this, changes,
                change -> Change.WORKSPACE.equals(change.topic()) && change.isInProject(projectId), this::refresh);

        shareNewNotes.setLabel(getTranslation("across.shareNewNotes"));
        shareNewNotes.setHelperText(getTranslation("across.shareNewNotesHelp"));
        shareNewNotes.addValueChangeListener(e -> {
            if (!showing) {
                participation.shareNewNotes(options.ownWorkspaceId(), e.getValue());
                Forms.success(getTranslation(e.getValue() ? "across.shareNewNotesOn" : "across.shareNewNotesOff"));
            }
        });
        kindFilter.setLabel(getTranslation("across.kind"));
        kindFilter.setItems(Kind.values());
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        kindFilter.setItemLabelGenerator(k -> k == null ? getTranslation("filter.all") : kindLabel(k));
        coreElementFilter.setLabel(getTranslation("note.coreElement"));
        coreElementFilter.setItemLabelGenerator(CoreElementRef::name);
        coreElementFilter.setClearButtonVisible(true);
        coreElementFilter.setPlaceholder(getTranslation("filter.all"));
        versionFilter.setLabel(getTranslation("note.version"));
        versionFilter.setEmptySelectionAllowed(true);
        versionFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        versionFilter.setItemLabelGenerator(v -> v == null ? getTranslation("filter.all") : v.label());
        organisationFilter.setLabel(getTranslation("across.organisation"));
        organisationFilter.setEmptySelectionAllowed(true);
        organisationFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        organisationFilter.setItemLabelGenerator(o -> o == null ? getTranslation("filter.all") : o.name());
        kindFilter.addValueChangeListener(e -> refreshUnlessShowing());
        coreElementFilter.addValueChangeListener(e -> refreshUnlessShowing());
        versionFilter.addValueChangeListener(e -> refreshUnlessShowing());
        organisationFilter.addValueChangeListener(e -> refreshUnlessShowing());

        grid.addColumn(Badges.column(this::kindText, AcrossView::kindClass)).setHeader(getTranslation("across.kind")).setKey("kind").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::titleLink).setHeader(getTranslation("across.item")).setWidth("18rem")
                .setFlexGrow(6).setKey("title");
        grid.addColumn(Item::organisationName).setHeader(getTranslation("across.organisation")).setWidth("10rem")
                .setFlexGrow(1).setKey("organisation");
        grid.addColumn(item -> item.about() == null || item.about().isBlank() ? getTranslation("note.noCoreElement")
                : item.about()).setHeader(getTranslation("note.coreElement")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(Item::versionLabel).setHeader(getTranslation("note.version")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(item -> getTranslation("across.sharedBy", item.sharedByName(),
                        Formats.date(item.sharedAt().atZone(DanishTime.ZONE).toLocalDate())))
                .setHeader(getTranslation("across.shared")).setWidth("11rem").setFlexGrow(0).setKey("shared");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("across.empty"));
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = RouteIds.id(event, ProjectRoutes.PROJECT_ID, "error.accessRefused");
        options = sharedItems.options(projectId);
        showing = true;
        try {
            kindFilter.clear();
            coreElementFilter.setItems(options.coreElements());
            versionFilter.setItems(options.versions());
            organisationFilter.setItems(options.organisations());
            shareNewNotes.setValue(options.sharesNewNotes());
        } finally {
            showing = false;
        }
        removeAll();
        Paragraph intro = new Paragraph(getTranslation("across.intro"));
        intro.addClassName("portal-intro");
        add(new H2(getTranslation("across.title", options.projectName())), intro);
        if (options.mayChooseDefault()) {
            add(shareNewNotes);
        }
        FlexLayout toolbar = new FlexLayout(kindFilter, coreElementFilter, versionFilter, organisationFilter);
        if (options.ownWritable()) {
            toolbar.add(prepare);
        }
        toolbar.addClassName("portal-toolbar");
        add(toolbar, grid);
        refresh();
    }

    private void refreshUnlessShowing() {
        if (!showing) {
            refresh();
        }
    }

    void refresh() {
        SharedItems.Filter filter = new SharedItems.Filter(kindFilter.getValue(),
                coreElementFilter.getValue() == null ? null : coreElementFilter.getValue().id(),
                versionFilter.getValue() == null ? null : versionFilter.getValue().id(),
                organisationFilter.getValue() == null ? null : organisationFilter.getValue().id());
        grid.setItems(query -> sharedItems.page(projectId, filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) sharedItems.count(projectId, filter));
    }

    private String kindText(Item item) {
        return item.kind() == Kind.NOTE ? Formats.label(item.label()) : kindLabel(item.kind());
    }

    private static String kindClass(Item item) {
        return item.kind() == Kind.NOTE ? "kind-" + item.label().name().toLowerCase(Locale.ROOT).replace('_', '-') : "kind-trial-action";
    }

    private Anchor titleLink(Item item) {
        Anchor link = new Anchor(item.kind() == Kind.NOTE ? NoteRoutes.shared(item.id())
                : TrialActionRoutes.shared(item.id()), item.title());
        link.getElement().setAttribute("router-link", true);
        if (item.ours()) {
            Span ours = new Span(getTranslation("across.ours"));
            ours.addClassName("portal-badge");
            link.add(new Span(" "), ours);
        }
        return link;
    }

    private String kindLabel(Kind kind) {
        return getTranslation(kind == Kind.NOTE ? "across.kind.note" : "across.kind.trialAction");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("across.pageTitle");
    }
}
