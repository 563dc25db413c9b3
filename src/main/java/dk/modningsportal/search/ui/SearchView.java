package dk.modningsportal.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.DanishTime;
import dk.modningsportal.base.ui.DatePickers;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.note.NoteSource;
import dk.modningsportal.search.SearchHit;
import dk.modningsportal.search.SearchKind;
import dk.modningsportal.search.SearchQuery;
import dk.modningsportal.search.SearchResults;
import dk.modningsportal.search.SearchService;
import dk.modningsportal.search.SearchService.OrganisationOption;
import dk.modningsportal.search.SearchService.ProjectOption;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Search across everything the person may read. Hits are grouped by kind, the few best of each first; "Vis
 * alle" narrows to one kind and pages through it. The words that matched are marked.
 */
@Route("search")
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PER_GROUP = 5;
    static final int PAGE = 25;

    final TextField text = new TextField();
    final Button go = new Button();
    final Select<SearchQuery.Order> order = new Select<>();
    final ComboBox<ProjectOption> project = new ComboBox<>();
    final ComboBox<OrganisationOption> organisation = new ComboBox<>();
    final ComboBox<CoreElementRef> coreElement = new ComboBox<>();
    final Select<VersionRef> version = new Select<>();
    final Select<SearchKind> kind = new Select<>();
    final Select<NoteSource> source = new Select<>();
    final DatePicker from;
    final DatePicker to;
    final Span status = new Span();
    final Div results = new Div();

    private final SearchService search;
    private final InterventionCatalog catalog;
    private List<OrganisationOption> organisations = List.of();
    private int limit = PAGE;
    private boolean filling;

    SearchView(SearchService search, InterventionCatalog catalog) {
        this.search = search;
        this.catalog = catalog;
        addClassName("portal-page");
        from = DatePickers.create(getTranslation("search.from"));
        to = DatePickers.create(getTranslation("search.to"));

        text.setLabel(getTranslation("search.label"));
        text.setPlaceholder(getTranslation("search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setId("search-text");
        text.addClassName("search-text");
        text.addKeyPressListener(Key.ENTER, e -> run());
        go.setText(getTranslation("search.go"));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickListener(e -> run());
        order.setLabel(getTranslation("search.order"));
        order.setItems(SearchQuery.Order.values());
        order.setItemLabelGenerator(o -> getTranslation("search.order." + o.name()));
        order.setValue(SearchQuery.Order.RELEVANCE);

        project.setLabel(getTranslation("search.project"));
        project.setItemLabelGenerator(ProjectOption::name);
        project.setClearButtonVisible(true);
        project.setPlaceholder(getTranslation("filter.all"));
        organisation.setLabel(getTranslation("search.organisation"));
        organisation.setItemLabelGenerator(OrganisationOption::name);
        organisation.setClearButtonVisible(true);
        organisation.setPlaceholder(getTranslation("filter.all"));
        coreElement.setLabel(getTranslation("note.coreElement"));
        coreElement.setItemLabelGenerator(CoreElementRef::name);
        coreElement.setClearButtonVisible(true);
        coreElement.setPlaceholder(getTranslation("search.chooseProject"));
        version.setLabel(getTranslation("note.version"));
        version.setEmptySelectionAllowed(true);
        version.setEmptySelectionCaption(getTranslation("filter.all"));
        version.setItemLabelGenerator(v -> v == null ? getTranslation("filter.all") : v.label());
        kind.setLabel(getTranslation("search.kind"));
        kind.setItems(SearchKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("filter.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("filter.all") : getTranslation("search.kind." + k.name()));
        source.setLabel(getTranslation("note.source"));
        source.setItems(NoteSource.values());
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(getTranslation("filter.all"));
        source.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : Formats.label(s));

        project.addValueChangeListener(e -> projectChosen());
        List.of(organisation, coreElement).forEach(c -> c.addValueChangeListener(e -> filterChanged()));
        List.of(version, kind, source).forEach(c -> c.addValueChangeListener(e -> filterChanged()));
        order.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());

        FlexLayout line = new FlexLayout(text, go, order);
        line.addClassName("portal-toolbar");
        FlexLayout filters = new FlexLayout(project, organisation, coreElement, version, kind, source, from, to);
        filters.addClassName("portal-toolbar");
        filters.addClassName("search-filters");
        status.addClassName("search-status");
        status.getElement().setAttribute("role", "status");
        results.addClassName("search-results");
        results.setWidthFull();
        add(new H2(getTranslation("search.title")), line, filters, status, results);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filling = true;
        project.setItems(search.projects());
        organisations = search.organisations();
        organisation.setItems(distinctOrganisations(null));
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        text.setValue(first(parameters, "q"));
        kind.setValue(parse(first(parameters, "kind")));
        filling = false;
        run();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of("")).stream().findFirst().orElse("");
    }

    private static SearchKind parse(String kind) {
        try {
            return kind.isEmpty() ? null : SearchKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private List<OrganisationOption> distinctOrganisations(Long projectId) {
        Map<Long, OrganisationOption> distinct = new java.util.LinkedHashMap<>();
        organisations.stream().filter(o -> projectId == null || o.projectId() == projectId)
                .forEach(o -> distinct.putIfAbsent(o.id(), o));
        return List.copyOf(distinct.values());
    }

    private void projectChosen() {
        filling = true;
        ProjectOption chosen = project.getValue();
        organisation.setItems(distinctOrganisations(chosen == null ? null : chosen.id()));
        coreElement.setItems(chosen == null ? List.of() : catalog.coreElements(chosen.workspaceId()));
        coreElement.setEnabled(chosen != null);
        coreElement.setPlaceholder(getTranslation(chosen == null ? "search.chooseProject" : "filter.all"));
        version.setItems(chosen == null ? List.of() : catalog.versions(chosen.workspaceId()));
        version.setEnabled(chosen != null);
        filling = false;
        filterChanged();
    }

    private void filterChanged() {
        if (!filling) {
            limit = PAGE;
            refresh();
        }
    }

    private void run() {
        limit = PAGE;
        String q = text.getValue().strip();
        // The address keeps the words and the kind, so back and a shared link show the same.
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "search"
                + QueryParameters.simple(kind.getValue() == null ? Map.of("q", q)
                        : Map.of("q", q, "kind", kind.getValue().name())).getQueryString().transform(s -> s.isEmpty() ? "" : "?" + s)));
        refresh();
    }

    private SearchQuery query() {
        return new SearchQuery(text.getValue(), project.getValue() == null ? null : project.getValue().id(),
                organisation.getValue() == null ? null : organisation.getValue().id(),
                coreElement.getValue() == null ? null : coreElement.getValue().id(),
                version.getValue() == null ? null : version.getValue().id(), kind.getValue(),
                source.getValue() == null ? null : source.getValue().name(), from.getValue(), to.getValue(),
                order.getValue(), kind.getValue() == null ? 100 : limit);
    }

    void refresh() {
        results.removeAll();
        if (text.getValue().strip().length() < 2) {
            status.setText(getTranslation("search.tooShort"));
            return;
        }
        SearchResults found = search.search(query());
        status.setText(getTranslation(found.total() == 1 ? "search.oneHit" : "search.hits", Formats.number(found.total()))
                + (found.someWords() ? " · " + getTranslation("search.someWords") : "")
                + (found.complete() ? "" : " · " + getTranslation("search.indexBuilding")));
        if (found.total() == 0) {
            results.add(new Paragraph(getTranslation("search.none")));
            return;
        }
        for (SearchKind k : SearchKind.values()) {
            long count = found.countsByKind().getOrDefault(k, 0L);
            List<SearchHit> hits = found.hits().stream().filter(h -> h.kind() == k).toList();
            if (count == 0 || hits.isEmpty()) {
                continue;
            }
            boolean grouped = kind.getValue() == null;
            Div group = new Div();
            group.addClassName("search-group");
            group.add(new H3(getTranslation("search.kind." + k.name()) + " (" + Formats.number(count) + ")"));
            (grouped ? hits.stream().limit(PER_GROUP) : hits.stream()).forEach(h -> group.add(card(h)));
            if (grouped && count > PER_GROUP) {
                Button all = new Button(getTranslation("search.showAll", Formats.number(count)),
                        e -> kind.setValue(k));
                all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                group.add(all);
            } else if (!grouped && count > hits.size()) {
                Button more = new Button(getTranslation("search.more"), e -> {
                    limit += PAGE;
                    refresh();
                });
                more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                group.add(more);
            }
            results.add(group);
        }
    }

    private Div card(SearchHit hit) {
        Div card = new Div();
        card.addClassName("search-hit");
        String title = hit.titleHtml() != null ? hit.titleHtml() : getTranslation("search.kind." + hit.kind().name());
        // The highlighter escaped the stored text: only its <mark> tags are markup.
        Anchor link = new Anchor(hit.link() == null ? "" : hit.link(), "");
        link.getElement().setProperty("innerHTML", title);
        link.addClassName("search-hit-title");
        // The kind is the group's heading; said again only when one kind is listed alone.
        Span meta = new Span(String.join(" · ", java.util.stream.Stream.of(
                hit.organisationName(), hit.projectName(),
                hit.at() == null ? null : Formats.date(hit.at().atZone(DanishTime.ZONE).toLocalDate()))
                .filter(Objects::nonNull).toList()));
        meta.addClassName("search-hit-meta");
        card.add(link, meta);
        if (hit.excerptHtml() != null && !hit.excerptHtml().isBlank()) {
            Paragraph excerpt = new Paragraph();
            excerpt.getElement().setProperty("innerHTML", hit.excerptHtml());
            excerpt.addClassName("search-hit-excerpt");
            card.add(excerpt);
        }
        return card;
    }
}
