package dk.modningsportal.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.organisation.Organisation;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.organisation.OrganisationService.OrganisationDetails;
import dk.modningsportal.organisation.OrganisationService.OrganisationRow;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Administrators keep the list of organisations: create, edit, deactivate and reactivate. */
@Route("admin/organisations")
@Menu(order = 91, title = "nav.organisations", icon = "vaadin:building")
@RolesAllowed("ADMIN")
class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<OrganisationRow> grid = new Grid<>();
    final TextField search = new TextField();
    final Button create = new Button();
    private final OrganisationService organisations;

    OrganisationsView(OrganisationService organisations) {
        this.organisations = organisations;
        addClassName("portal-page");
        search.setPlaceholder(getTranslation("organisations.search"));
        search.setAriaLabel(getTranslation("organisations.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("min(28em, 100%)");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("organisations.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new OrganisationDialog(null).open());

        grid.addColumn(OrganisationRow::name).setHeader(getTranslation("organisations.name")).setWidth("16em")
                .setFlexGrow(2).setSortable(true);
        grid.addColumn(o -> Formats.label(o.kind())).setHeader(getTranslation("organisations.kind")).setAutoWidth(true);
        grid.addColumn(o -> o.cvr() == null ? "" : o.cvr()).setHeader(getTranslation("organisations.cvr")).setAutoWidth(true);
        grid.addColumn(o -> o.contact() == null ? "" : o.contact()).setHeader(getTranslation("organisations.contact"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader(getTranslation("accounts.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        FlexLayout heading = new FlexLayout(new H2(getTranslation("nav.organisations")), create);
        heading.addClassName("portal-heading-row");
        add(heading, search, grid);
        setSizeFull();
        refresh();
    }

    void refresh() {
        grid.setItems(organisations.search(search.getValue()));
    }

    private Component state(OrganisationRow row) {
        Span badge = new Span(getTranslation(row.active() ? "organisations.active" : "organisations.inactive"));
        badge.addClassName("portal-badge");
        return badge;
    }

    private Component actions(OrganisationRow row) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new OrganisationDialog(row).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("organisations.edit") + ": " + row.name());
        edit.setTooltipText(getTranslation("organisations.edit"));
        Button toggle = new Button((row.active() ? VaadinIcon.BAN : VaadinIcon.CHECK_CIRCLE_O).create(), e -> {
            organisations.setActive(row.id(), !row.active());
            refresh();
        });
        String key = row.active() ? "organisations.deactivate" : "organisations.reactivate";
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        toggle.setAriaLabel(getTranslation(key) + ": " + row.name());
        toggle.setTooltipText(getTranslation(key));
        HorizontalLayout actions = new HorizontalLayout(edit, toggle);
        actions.setSpacing(false);
        return actions;
    }

    /** Create (row null) or edit one organisation. */
    class OrganisationDialog extends Dialog {

        final TextField name = new TextField();
        final ComboBox<OrganisationKind> kind = new ComboBox<>();
        final TextField cvr = new TextField();
        final TextField contact = new TextField();
        final Button save = new Button();

        OrganisationDialog(OrganisationRow row) {
            setHeaderTitle(getTranslation(row == null ? "organisations.create" : "organisations.edit"));
            name.setLabel(getTranslation("organisations.name"));
            Forms.limit(name, Organisation.NAME_MAX);
            name.setRequiredIndicatorVisible(true);
            kind.setLabel(getTranslation("organisations.kind"));
            kind.setItems(OrganisationKind.values());
            kind.setItemLabelGenerator(Formats::label);
            kind.setRequiredIndicatorVisible(true);
            cvr.setLabel(getTranslation("organisations.cvr"));
            cvr.setHelperText(getTranslation("organisations.cvrHelp"));
            Forms.limit(cvr, 10);
            contact.setLabel(getTranslation("organisations.contact"));
            contact.setHelperText(getTranslation("organisations.contactHelp"));
            Forms.limit(contact, Organisation.CONTACT_MAX);
            if (row != null) {
                name.setValue(row.name());
                kind.setValue(row.kind());
                cvr.setValue(row.cvr() == null ? "" : row.cvr());
                contact.setValue(row.contact() == null ? "" : row.contact());
            }
            FormLayout form = Forms.responsiveLayout();
            form.add(name, kind, cvr, contact);
            add(form);
            save.setText(getTranslation("action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> {
                OrganisationDetails details = new OrganisationDetails(name.getValue(), kind.getValue(), cvr.getValue(),
                        contact.getValue());
                try {
                    if (row == null) {
                        organisations.create(details);
                    } else {
                        organisations.update(row.id(), row.version(), details);
                    }
                    close();
                    refresh();
                    Forms.success(getTranslation("organisations.saved", details.name()));
                } catch (ValidationFailedException invalid) {
                    Forms.showServiceErrors(invalid, Map.of("name", name, "kind", kind, "cvr", cvr, "contact", contact));
                }
            });
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
            setWidth("min(720px, 95vw)");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisations");
    }
}
