package dk.modningsportal.maturation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import dk.modningsportal.maturation.WorkshopService.ProjectRef;
import dk.modningsportal.maturation.WorkshopService.VersionInfo;
import dk.modningsportal.maturation.WorkshopService.WorkshopInfo;
import dk.modningsportal.maturation.WorkshopService;
import dk.modningsportal.maturation.Workshop;
import dk.modningsportal.plan.PlanActivities.PlannedWorkshop;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
    final Map<Long, ComboBox<PlannedWorkshop>> newPlanned = new LinkedHashMap<>();

    private final WorkshopService workshopService;

    MaturationView(WorkshopService workshopService) {
        this.workshopService = workshopService;
        addClassName("portal-page");
        add(new H2(getTranslation("nav.maturation")), new Paragraph(getTranslation("maturation.intro")));
        for (ProjectRef project : workshopService.servedProjects()) {
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
        grid.addItemClickListener(e -> Optional.ofNullable(e.getItem())
                .ifPresent(item -> UI.getCurrent().navigate("maturation/workshop/" + item.id())));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("maturation.noWorkshops"));
        grid.setItems(workshopService.workshops(project.projectId()));
        workshopGrids.put(project.projectId(), grid);

        // The plan's workshop days come first: a workshop held on one takes its day and title from the plan.
        ComboBox<PlannedWorkshop> planned = new ComboBox<>(getTranslation("maturation.fromPlan"));
        planned.setItems(workshopService.unpreparedWorkshops(project.projectId()));
        planned.setItemLabelGenerator(p -> p.title() + " · " + Formats.date(p.startsOn()));
        planned.setPlaceholder(getTranslation("maturation.outsidePlan"));
        planned.setClearButtonVisible(true);
        planned.getStyle().set("--vaadin-combo-box-overlay-width", "22em");
        TextField title = new TextField(getTranslation("maturation.newTitle"));
        Forms.limit(title, Workshop.TITLE_MAX);
        title.setPlaceholder(getTranslation("maturation.newTitlePlaceholder"));
        DatePicker heldOn = DatePickers.create(getTranslation("maturation.heldOn"));
        Select<VersionInfo> round = new Select<>();
        round.setLabel(getTranslation("maturation.round"));
        var rounds = workshopService.rounds(project.projectId());
        round.setItems(rounds);
        round.setItemLabelGenerator(v -> v == null ? "" : v.label() + " (" + Formats.label(v.status()) + ")");
        rounds.stream().filter(v -> v.status() == dk.modningsportal.intervention.VersionStatus.IN_TRIAL).findFirst()
                .ifPresent(round::setValue);
        planned.addValueChangeListener(e -> {
            PlannedWorkshop chosen = e.getValue();
            title.setValue(chosen == null ? "" : chosen.title());
            heldOn.setValue(chosen == null ? null : chosen.startsOn());
            title.setReadOnly(chosen != null);
            heldOn.setReadOnly(chosen != null);
        });
        Button create = new Button(getTranslation("maturation.create"),
                e -> create(project, planned, title, heldOn, round));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newTitles.put(project.projectId(), title);
        newDates.put(project.projectId(), heldOn);
        newRounds.put(project.projectId(), round);
        createButtons.put(project.projectId(), create);
        newPlanned.put(project.projectId(), planned);
        FlexLayout form = new FlexLayout(planned, title, heldOn, round, create);
        form.addClassName("portal-toolbar");

        Div section = new Div(new H3(project.name()), grid, form);
        section.addClassName("portal-section");
        return section;
    }

    private void create(ProjectRef project, ComboBox<PlannedWorkshop> planned, TextField title, DatePicker heldOn,
            Select<VersionInfo> round) {
        if (round.getValue() == null) {
            round.setInvalid(true);
            round.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        try {
            WorkshopInfo created = planned.getValue() != null
                    ? workshopService.createWorkshopFromPlan(project.projectId(), round.getValue().id(),
                            planned.getValue().activityId())
                    : workshopService.createWorkshop(project.projectId(), round.getValue().id(), title.getValue(),
                            heldOn.getValue());
            UI.getCurrent().navigate("maturation/workshop/" + created.id());
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, Map.of("title", title, "heldOn", heldOn, "round", round, "planned", planned));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.maturation");
    }
}
