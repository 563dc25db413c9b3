package dk.modningsportal.maturation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.DatePickers;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.maturation.MaturationService.ProjectRef;
import dk.modningsportal.maturation.MaturationService.VersionInfo;
import dk.modningsportal.maturation.MaturationService.WorkshopInfo;
import dk.modningsportal.maturation.MaturationService;
import dk.modningsportal.maturation.Workshop;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;

/** A consultant's projects with their maturation workshops, and a new workshop in a few fields. */
@Route("maturation")
@Menu(order = 20, title = "nav.maturation", icon = "vaadin:lightbulb")
@RolesAllowed("CONSULTANT")
class MaturationView extends VerticalLayout implements HasDynamicTitle {

    final Map<Long, Grid<WorkshopInfo>> workshopGrids = new LinkedHashMap<>();
    final Map<Long, TextField> newTitles = new LinkedHashMap<>();
    final Map<Long, DatePicker> newDates = new LinkedHashMap<>();
    final Map<Long, Select<VersionInfo>> newRounds = new LinkedHashMap<>();
    final Map<Long, Button> createButtons = new LinkedHashMap<>();

    private final MaturationService maturation;

    MaturationView(MaturationService maturation) {
        this.maturation = maturation;
        addClassName("portal-page");
        add(new H2(getTranslation("nav.maturation")), new Paragraph(getTranslation("maturation.intro")));
        for (ProjectRef project : maturation.servedProjects()) {
            add(projectSection(project));
        }
    }

    private Div projectSection(ProjectRef project) {
        Grid<WorkshopInfo> grid = new Grid<>();
        grid.addColumn(WorkshopInfo::title).setHeader(getTranslation("maturation.workshop")).setFlexGrow(3);
        grid.addColumn(w -> Formats.date(w.heldOn())).setHeader(getTranslation("maturation.heldOn")).setAutoWidth(true);
        grid.addColumn(w -> w.round().label()).setHeader(getTranslation("maturation.round")).setAutoWidth(true);
        grid.addColumn(w -> w.draft() == null ? "–" : w.draft().label()).setHeader(getTranslation("maturation.draft"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("maturation/workshop/" + e.getItem().id()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("maturation.noWorkshops"));
        grid.setItems(maturation.workshops(project.projectId()));
        workshopGrids.put(project.projectId(), grid);

        TextField title = new TextField(getTranslation("maturation.newTitle"));
        title.setMaxLength(Workshop.TITLE_MAX);
        title.setPlaceholder(getTranslation("maturation.newTitlePlaceholder"));
        DatePicker heldOn = DatePickers.create(getTranslation("maturation.heldOn"));
        Select<VersionInfo> round = new Select<>();
        round.setLabel(getTranslation("maturation.round"));
        var rounds = maturation.rounds(project.projectId());
        round.setItems(rounds);
        round.setItemLabelGenerator(v -> v == null ? "" : v.label() + " (" + Formats.label(v.status()) + ")");
        rounds.stream().filter(v -> v.status() == dk.modningsportal.intervention.VersionStatus.IN_TRIAL).findFirst()
                .ifPresent(round::setValue);
        Button create = new Button(getTranslation("maturation.create"), e -> create(project, title, heldOn, round));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newTitles.put(project.projectId(), title);
        newDates.put(project.projectId(), heldOn);
        newRounds.put(project.projectId(), round);
        createButtons.put(project.projectId(), create);
        FlexLayout form = new FlexLayout(title, heldOn, round, create);
        form.addClassName("portal-toolbar");

        Div section = new Div(new H3(project.name()), grid, form);
        section.addClassName("portal-section");
        return section;
    }

    private void create(ProjectRef project, TextField title, DatePicker heldOn, Select<VersionInfo> round) {
        if (round.getValue() == null) {
            round.setInvalid(true);
            round.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        try {
            WorkshopInfo created = maturation.createWorkshop(project.projectId(), round.getValue().id(), title.getValue(),
                    heldOn.getValue());
            UI.getCurrent().navigate("maturation/workshop/" + created.id());
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, Map.of("title", title, "heldOn", heldOn, "round", round));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.maturation");
    }
}
