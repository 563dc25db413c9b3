package dk.modningsportal.evaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.evaluation.CollectionPlanService;
import dk.modningsportal.evaluation.EvaluationRoutes;
import dk.modningsportal.evaluation.Measures.MeasureRow;
import dk.modningsportal.evaluation.Measures.ProjectRef;
import dk.modningsportal.evaluation.Measures;
import dk.modningsportal.evaluation.QuestionnaireService;
import dk.modningsportal.evaluation.RegistrationFigures.ReportingStatus;
import dk.modningsportal.evaluation.RegistrationFigures;
import dk.modningsportal.evaluation.TimeAndCostService;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.project.WorkspaceAccess;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A project's evaluation across its organisations: its questions and data-collection plan with each organisation's
 * state, the measures (defined here by its evaluators and consultants),
 * each measure over time, who has reported what, the questionnaires with their response counts, and the cost estimate.
 */
@Route("evaluation")
@Menu(order = 11, title = "nav.evaluation", icon = "vaadin:clipboard-check")
@RolesAllowed({"CONSULTANT", "LEADER", "EVALUATOR"})
class ProjectEvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<ProjectRef> project = new ComboBox<>();
    final Grid<ReportingStatus> status = new Grid<>();
    final Div content = new Div();
    MeasuresPanel measures;
    QuestionnairesPanel questionnaires;
    RegistrationChart chart;
    CostsPanel costs;
    CollectionPlanPanel collectionPlan;
    private final CollectionPlanService collection;
    private final PlanService plans;
    private final TimeAndCostService timeAndCosts;

    private final Measures registrations;
    private final RegistrationFigures figures;
    private final QuestionnaireService questionnaireService;
    private final WorkspaceAccess workspaceAccess;

    ProjectEvaluationView(Measures registrations, RegistrationFigures figures, QuestionnaireService questionnaireService,
            WorkspaceAccess workspaceAccess, TimeAndCostService timeAndCosts, CollectionPlanService collection,
            PlanService plans) {
        this.collection = collection;
        this.plans = plans;
        this.timeAndCosts = timeAndCosts;
        this.registrations = registrations;
        this.figures = figures;
        this.questionnaireService = questionnaireService;
        this.workspaceAccess = workspaceAccess;
        addClassName("portal-page");
        project.setLabel(getTranslation("dashboard.project"));
        project.setItemLabelGenerator(ProjectRef::name);
        project.addClassName("project-select");
        project.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate("evaluation", QueryParameters.of("project", String.valueOf(e.getValue().id())));
            }
        });
        status.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        status.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<ProjectRef> projects = registrations.projects();
        project.setItems(projects);
        add(new H2(getTranslation("nav.evaluation")), project);
        if (projects.isEmpty()) {
            add(new Paragraph(getTranslation("evaluation.noProjects")));
            return;
        }
        ProjectRef chosen = event.getLocation().getQueryParameters().getSingleParameter("project")
                .flatMap(id -> projects.stream().filter(p -> String.valueOf(p.id()).equals(id)).findFirst())
                .orElse(projects.get(0));
        project.setValue(chosen);
        content.setWidthFull();
        add(content);
        show(chosen.id());
    }

    private void show(long projectId) {
        content.removeAll();
        boolean evaluator = workspaceAccess.isEvaluatorOf(projectId);
        Paragraph rule = new Paragraph(getTranslation(evaluator ? "evaluation.smallNumbersEvaluator"
                : "evaluation.smallNumbersOthers"));
        rule.addClassName("portal-hint");
        collectionPlan = new CollectionPlanPanel(collection, projectId, registrations.mayDefine(projectId),
                plans.plan(projectId).activities().stream()
                        .map(a -> new CollectionPlanPanel.ActivityOption(a.id(), a.title() + " · " + Formats.date(a.startsOn())))
                        .toList());
        measures = new MeasuresPanel(registrations, projectId, () -> show(projectId));
        chart = new RegistrationChart(registrations, figures, projectId);
        Div overTime = new Div(new H3(getTranslation("evaluation.overTimeTitle")), chart);
        overTime.addClassName("portal-section");
        Div reporting = new Div(new H3(getTranslation("evaluation.reportingTitle")), status);
        reporting.addClassName("portal-section");
        showStatus(projectId);
        questionnaires = new QuestionnairesPanel(questionnaireService, registrations, projectId, evaluator);
        costs = new CostsPanel(timeAndCosts, projectId, registrations.mayDefine(projectId));
        content.add(rule, collectionPlan, measures, overTime, reporting, questionnaires, costs);
        // Wide grids (an item or measure per column) scroll inside their section, not the page.
        content.getChildren().forEach(c -> ((com.vaadin.flow.component.HasSize) c).setWidthFull());
    }

    /** Organisation × measure: the ended periods each has not reported. */
    private void showStatus(long projectId) {
        status.removeAllColumns();
        status.addColumn(ReportingStatus::organisation).setHeader(getTranslation("evaluation.organisation"))
                .setFrozen(true).setAutoWidth(true);
        for (MeasureRow m : registrations.measures(projectId)) {
            status.addColumn(r -> {
                int missing = r.missingByMeasure().getOrDefault(m.id(), 0);
                return missing == 0 ? "✓" : getTranslation("evaluation.missingCount", missing);
            }).setHeader(m.label()).setTextAlign(ColumnTextAlign.CENTER).setAutoWidth(true);
        }
        status.setItems(figures.reportingStatus(projectId));
        status.addItemClickListener(e -> {
            if (workspaceAccess.canReadProject(projectId)) {
                UI.getCurrent().navigate(EvaluationRoutes.evaluation(e.getItem().workspaceId()));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.evaluation");
    }
}
