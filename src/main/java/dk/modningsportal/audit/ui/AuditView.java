package dk.modningsportal.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.AuditEntry;
import dk.modningsportal.audit.AuditLog.Filter;
import dk.modningsportal.audit.AuditLog;
import dk.modningsportal.audit.AuditedOrganisations.Named;
import dk.modningsportal.audit.AuditedOrganisations;
import dk.modningsportal.base.DanishTime;
import dk.modningsportal.base.ui.DatePickers;
import dk.modningsportal.base.ui.DownloadLinks;
import dk.modningsportal.base.ui.Formats;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit log, newest first, filtered by who, what, when and organisation; administrators read all of
 * it, an organisation's leader what concerns their organisation. The filtered log downloads as CSV.
 */
@Route("admin/audit")
@Menu(order = 92, title = "nav.audit", icon = "vaadin:records")
@RolesAllowed({"ADMIN", "LEADER"})
class AuditView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AuditEntry> grid = new Grid<>();
    final TextField actor = new TextField();
    final ComboBox<AuditAction> action = new ComboBox<>();
    final ComboBox<Named> organisation = new ComboBox<>();
    final DatePicker from = DatePickers.create(null);
    final DatePicker until = DatePickers.create(null);
    final Anchor export;
    private final AuditLog log;

    AuditView(AuditLog log, AuditedOrganisations organisations) {
        this.log = log;
        addClassName("portal-page");
        if (!log.mayRead()) {
            throw new dk.modningsportal.base.AccessRefusedException("error.accessRefused", "Audit log refused");
        }
        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(Formats::label);
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        until.setLabel(getTranslation("audit.until"));
        organisation.setLabel(getTranslation("accounts.organisation"));
        organisation.setItemLabelGenerator(Named::name);
        organisation.setClearButtonVisible(true);
        Map<Long, String> names;
        if (log.readsAll()) {
            List<Named> all = organisations.active();
            organisation.setItems(all);
            names = all.stream().collect(Collectors.toMap(Named::id, Named::name));
        } else {
            organisation.setVisible(false);
            names = Map.of();
        }
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        organisation.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        until.addValueChangeListener(e -> refresh());

        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::getActorName).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> Formats.label(e.getAction())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getTargetLabel).setHeader(getTranslation("audit.target")).setFlexGrow(1);
        grid.addColumn(e -> e.getOrganisationId() == null ? "" : names.getOrDefault(e.getOrganisationId(), "#" + e.getOrganisationId()))
                .setHeader(getTranslation("accounts.organisation")).setAutoWidth(true).setVisible(log.readsAll());
        grid.addColumn(e -> change(e)).setHeader(getTranslation("audit.change")).setFlexGrow(1);
        grid.addColumn(AuditEntry::getAddress).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> log.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        export = DownloadLinks.of(getTranslation("audit.export"), "revisionslog.csv", DownloadLinks.CSV,
                () -> log.exportCsv(filter()));
        FlexLayout heading = new FlexLayout(new H2(getTranslation("nav.audit")), export);
        heading.addClassName("portal-heading-row");
        FlexLayout filters = new FlexLayout(actor, action, organisation, from, until);
        filters.addClassName("portal-inline-form");
        add(heading, filters, grid);
        setSizeFull();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    Filter filter() {
        Function<LocalDate, Instant> start = day -> day == null ? null : day.atStartOfDay(DanishTime.ZONE).toInstant();
        return new Filter(action.getValue(), organisation.getValue() == null ? null : organisation.getValue().id(),
                actor.getValue(), start.apply(from.getValue()),
                until.getValue() == null ? null : start.apply(until.getValue().plusDays(1)));
    }

    private static String change(AuditEntry e) {
        if (e.getBeforeValue() == null && e.getAfterValue() == null) {
            return "";
        }
        return (e.getBeforeValue() == null ? "" : e.getBeforeValue() + " → ") + (e.getAfterValue() == null ? "–" : e.getAfterValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
