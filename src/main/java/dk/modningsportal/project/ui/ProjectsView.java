package dk.modningsportal.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.DatePickers;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.project.PhasePreset;
import dk.modningsportal.project.Project;
import dk.modningsportal.project.ProjectAdministration;
import dk.modningsportal.project.ProjectAdministration.ProjectInput;
import dk.modningsportal.project.ProjectAdministration.ProjectRow;
import dk.modningsportal.security.UserDirectory.Reader;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/** The projects one runs (every project for administrators), and creating a new one. */
@Route("admin/projects")
@Menu(order = 89, title = "nav.projects", icon = "vaadin:folder-open")
@RolesAllowed({"ADMIN", "CONSULTANT"})
class ProjectsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ProjectRow> grid = new Grid<>();
    final Button create = new Button();
    private final ProjectAdministration projects;

    ProjectsView(ProjectAdministration projects) {
        this.projects = projects;
        addClassName("portal-page");
        create.setText(getTranslation("projects.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new CreateDialog().open());
        create.setVisible(projects.mayCreate());
        grid.addColumn(ProjectRow::name).setHeader(getTranslation("projects.name")).setFlexGrow(2);
        grid.addColumn(p -> Formats.date(p.start()) + " – " + Formats.date(p.end()))
                .setHeader(getTranslation("projects.period")).setAutoWidth(true);
        grid.addColumn(ProjectRow::organisations).setHeader(getTranslation("projects.organisations")).setAutoWidth(true);
        grid.addColumn(p -> String.join(", ", p.consultants())).setHeader(getTranslation("projects.consultants"))
                .setFlexGrow(1);
        grid.addColumn(p -> getTranslation(p.closed() ? "projects.closed" : "projects.open"))
                .setHeader(getTranslation("accounts.state")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> openProject(e.getItem().id()));
        grid.setItems(projects.projects());
        FlexLayout heading = new FlexLayout(new H2(getTranslation("nav.projects")), create);
        heading.addClassName("portal-heading-row");
        add(heading, grid);
        setSizeFull();
    }

    private void openProject(long projectId) {
        getUI().ifPresent(ui -> ui.navigate(ProjectSetupView.class, ProjectSetupView.parameters(projectId)));
    }

    /** Title, period, phases and the consultants who serve the new project. */
    class CreateDialog extends Dialog {

        final TextField name = new TextField();
        final TextArea description = new TextArea();
        final DatePicker start = DatePickers.create(null);
        final DatePicker end = DatePickers.create(null);
        final RadioButtonGroup<PhasePreset> phases = new RadioButtonGroup<>();
        final MultiSelectComboBox<Reader> consultants = new MultiSelectComboBox<>();
        final Button save = new Button();

        CreateDialog() {
            setHeaderTitle(getTranslation("projects.create"));
            name.setLabel(getTranslation("projects.name"));
            Forms.limit(name, Project.NAME_MAX);
            name.setRequiredIndicatorVisible(true);
            description.setLabel(getTranslation("projects.description"));
            Forms.limit(description, Project.DESCRIPTION_MAX);
            start.setLabel(getTranslation("projects.start"));
            start.setRequiredIndicatorVisible(true);
            end.setLabel(getTranslation("projects.end"));
            end.setRequiredIndicatorVisible(true);
            phases.setLabel(getTranslation("projects.phases"));
            phases.setItems(PhasePreset.values());
            phases.setItemLabelGenerator(Formats::label);
            phases.setValue(PhasePreset.PREPARE_CHANGE_ANCHOR);
            consultants.setLabel(getTranslation("projects.consultants"));
            consultants.setItems(projects.consultantCandidates());
            consultants.setItemLabelGenerator(Reader::displayName);
            FormLayout form = Forms.responsiveLayout();
            form.add(name, 2);
            form.add(description, 2);
            form.add(start, end, phases, consultants);
            add(form);
            save.setText(getTranslation("projects.createSave"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
            setWidth("min(760px, 95vw)");
        }

        private void save() {
            try {
                long id = projects.create(new ProjectInput(name.getValue(), description.getValue(), start.getValue(),
                        end.getValue(), phases.getValue().phases(start.getValue(), end.getValue())),
                        consultants.getValue().stream().map(Reader::id).collect(Collectors.toSet()));
                close();
                openProject(id);
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, Map.of("name", name, "description", description, "start", start,
                        "end", end, "consultants", consultants));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.projects");
    }
}
