package dk.modningsportal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.DatePickers;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.plan.PlanService.ActivityRow;
import dk.modningsportal.plan.PlanService.Plan;
import dk.modningsportal.plan.PlanService.ProjectRef;
import dk.modningsportal.plan.PlanTemplate;
import jakarta.annotation.security.PermitAll;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The project plan as a timeline: months across, activities down, as in the seeds' activity grids. An
 * empty plan starts from a template; the consultants then move and adjust activities.
 */
@Route("plan")
@Menu(order = 5, title = "nav.plan", icon = "vaadin:calendar")
@PermitAll
public class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<ProjectRef> project = new Select<>();
    final Grid<ActivityRow> timeline = new Grid<>();
    final Select<PlanTemplate> template = new Select<>();
    final DatePicker templateStart;
    final Button applyTemplate = new Button();
    final Button newActivity = new Button();
    private final Div phases = new Div();
    final Div templateBox = new Div();
    private final Paragraph empty = new Paragraph();
    private final PlanService service;
    private Plan plan;

    /** The offer of a follow-up after the closing meeting, while the plan has none. */
    final Div followUp = new Div();

    PlanView(PlanService service) {
        this.service = service;
        addClassName("portal-page");
        templateStart = DatePickers.create(getTranslation("plan.templateStart"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<ProjectRef> projects = service.projects();
        project.setLabel(getTranslation("dashboard.project"));
        project.setItems(projects);
        project.setItemLabelGenerator(p -> p == null ? "" : p.name());
        project.addClassName("project-select");
        newActivity.setText(getTranslation("plan.newActivity"));
        newActivity.setIcon(VaadinIcon.PLUS.create());
        newActivity.addClickListener(e -> new ActivityDialog(service, plan, null, this::load).open());
        phases.addClassName("workspace-header-facts");

        template.setLabel(getTranslation("plan.template"));
        template.setItems(PlanTemplate.values());
        template.setItemLabelGenerator(Formats::label);
        template.setValue(PlanTemplate.THREE_VERSIONS);
        applyTemplate.setText(getTranslation("plan.applyTemplate"));
        applyTemplate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyTemplate.addClickListener(e -> applyTemplate());
        FlexLayout templateRow = new FlexLayout(template, templateStart, applyTemplate);
        templateRow.addClassName("portal-toolbar");
        templateBox.removeAll();
        templateBox.add(new H3(getTranslation("plan.templateTitle")), new Paragraph(getTranslation("plan.templateHelp")),
                templateRow);
        templateBox.addClassName("portal-section");

        timeline.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        timeline.addClassName("plan-timeline");
        timeline.addItemClickListener(e -> new ActivityDialog(service, plan, e.getItem(), this::load).open());
        timeline.setAllRowsVisible(true);
        empty.setText(getTranslation("plan.empty"));

        followUp.addClassName("portal-section");
        followUp.addClassName("follow-up-offer");
        add(new H2(getTranslation("nav.plan")), new FlexLayout(project, newActivity), phases, templateBox, followUp, empty,
                timeline);
        if (projects.isEmpty()) {
            add(new Paragraph(getTranslation("plan.noProjects")));
            newActivity.setVisible(false);
            templateBox.setVisible(false);
            timeline.setVisible(false);
            return;
        }
        ProjectRef chosen = event.getLocation().getQueryParameters().getSingleParameter("project")
                .flatMap(id -> projects.stream().filter(p -> String.valueOf(p.id()).equals(id)).findFirst())
                .orElse(projects.get(0));
        project.setValue(chosen);
        project.addValueChangeListener(e -> load());
        load();
    }

    void load() {
        if (project.getValue() == null) {
            return;
        }
        plan = service.plan(project.getValue().id());
        phases.removeAll();
        plan.phases().forEach(p -> {
            Span phase = new Span(getTranslation("plan.phase", p.name(), Formats.date(p.start()), Formats.date(p.end())));
            phase.addClassName("portal-badge");
            phases.add(phase);
        });
        boolean isEmpty = plan.activities().isEmpty();
        templateBox.setVisible(isEmpty && plan.consultant());
        if (templateStart.isEmpty()) {
            templateStart.setValue(plan.start());
        }
        empty.setVisible(isEmpty && !plan.consultant());
        newActivity.setVisible(plan.consultant() || plan.canAddLocal() || plan.evaluator());
        timeline.setVisible(!isEmpty);
        offerFollowUp();
        buildTimeline();
    }

    /** Seed 003: three months after the closing meeting the project follows up; offered until it is planned. */
    private void offerFollowUp() {
        followUp.removeAll();
        long projectId = plan.projectId();
        service.followUpDue(projectId).ifPresentOrElse(due -> {
            Button add = new Button(getTranslation("plan.followUpAdd"), e -> {
                service.addFollowUp(projectId, getTranslation("plan.followUpTitle"), getTranslation("plan.followUpPurpose"));
                Forms.success(getTranslation("plan.followUpAdded"));
                load();
            });
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            followUp.add(new H3(getTranslation("plan.followUpOffer")),
                    new Paragraph(getTranslation("plan.followUpText", PlanFormats.when(due, dk.modningsportal.plan.Timing.MONTH))), add);
            followUp.setVisible(true);
        }, () -> followUp.setVisible(false));
    }

    private void buildTimeline() {
        timeline.removeAllColumns();
        timeline.addColumn(LitRenderer.<ActivityRow>of("<div class=\"plan-title\"><strong>${item.title}</strong>"
                                + "<span class=\"plan-meta\">${item.when} · ${item.scope}</span></div>")
                        .withProperty("title", ActivityRow::title)
                        .withProperty("when", PlanFormats::when)
                        .withProperty("scope", PlanFormats::scope))
                .setHeader(getTranslation("plan.activity")).setFrozen(true).setWidth("20rem").setFlexGrow(0);
        DateTimeFormatter header = DateTimeFormatter.ofPattern("MMM yy", getLocale());
        // The project's months, and any month an activity was planned in before or after them.
        YearMonth first = plan.activities().stream().map(a -> YearMonth.from(a.startsOn()))
                .reduce(YearMonth.from(plan.start()), (a, b) -> a.isBefore(b) ? a : b);
        YearMonth last = plan.activities().stream().map(a -> YearMonth.from(a.endsBy()))
                .reduce(YearMonth.from(plan.end()), (a, b) -> a.isAfter(b) ? a : b);
        YearMonth now = YearMonth.now();
        Grid.Column<ActivityRow> current = null;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            YearMonth column = month;
            Grid.Column<ActivityRow> added = timeline.addColumn(row -> covers(row, column) ? mark(row) : "")
                    .setHeader(column.format(header)).setWidth("4.6rem").setFlexGrow(0)
                    .setPartNameGenerator(row -> covers(row, column)
                            ? "plan-on kind-" + row.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') : null);
            if (column.equals(now)) {
                added.setHeader(column.format(header) + " ◆");
                current = added;
            }
        }
        timeline.setItems(plan.activities());
        // Long plans open at this month, not at the project's start.
        if (current != null) {
            timeline.scrollToColumn(current);
        }
    }

    /** Whether the activity falls in (or, when only its quarter is known, may fall in) the month. */
    static boolean covers(ActivityRow row, YearMonth month) {
        return !month.atEndOfMonth().isBefore(row.startsOn()) && !month.atDay(1).isAfter(row.endsBy());
    }

    private static String mark(ActivityRow row) {
        return switch (row.timing()) {
            case DAY -> String.valueOf(row.startsOn().getDayOfMonth()) + ".";
            case MONTH -> "■";
            case QUARTER -> "□";
        };
    }

    void applyTemplate() {
        try {
            service.applyTemplate(plan.projectId(), template.getValue(), templateStart.getValue());
            Forms.success(getTranslation("plan.templateApplied"));
            load();
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, Map.of("start", templateStart));
        }
    }

    /** The activity rows shown, as "title · when", for tests. */
    List<String> shown() {
        return plan.activities().stream().map(a -> a.title() + " · " + PlanFormats.when(a)).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.plan");
    }
}
