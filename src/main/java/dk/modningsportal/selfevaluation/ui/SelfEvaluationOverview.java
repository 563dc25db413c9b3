package dk.modningsportal.selfevaluation.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.project.ui.WorkspaceRoutes;
import dk.modningsportal.selfevaluation.ImplementationStatus;
import dk.modningsportal.selfevaluation.Quarter;
import dk.modningsportal.selfevaluation.SelfEvaluationService;
import dk.modningsportal.selfevaluation.SelfEvaluationService.Overview;
import dk.modningsportal.selfevaluation.SelfEvaluationService.OverviewRow;
import java.util.Locale;

/**
 * For those who follow a whole project: one quarter's self-evaluations side by side, every organisation's
 * state (submitted, draft, missing, late) and its status per core element.
 */
public class SelfEvaluationOverview extends Div {

    final Select<Quarter> quarter = new Select<>();
    final Grid<OverviewRow> grid = new Grid<>();
    private final SelfEvaluationService service;
    private final long projectId;

    public SelfEvaluationOverview(SelfEvaluationService service, long projectId) {
        this.service = service;
        this.projectId = projectId;
        addClassName("self-evaluation-overview");
        quarter.setLabel(getTranslation("selfEvaluation.quarterLabel"));
        quarter.setItemLabelGenerator(q -> getTranslation("selfEvaluation.quarter", q.year(), q.quarter()));
        quarter.setItems(service.projectQuarters(projectId));
        quarter.addValueChangeListener(e -> show());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(quarter, grid);
        service.lastDueQuarterOf(projectId).or(() -> quarter.getListDataView().getItems().findFirst())
                .ifPresent(quarter::setValue);
    }

    void show() {
        if (quarter.getValue() == null) {
            return;
        }
        Overview overview = service.overview(projectId, quarter.getValue());
        grid.removeAllColumns();
        grid.addColumn(LitRenderer.<OverviewRow>of("<a href=\"${item.href}\" router-link>${item.text}</a>")
                        .withProperty("href", r -> WorkspaceRoutes.selfEvaluation(r.workspaceId(), overview.quarter().key()))
                        .withProperty("text", OverviewRow::organisation))
                .setHeader(getTranslation("maturation.organisation")).setFrozen(true).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<OverviewRow>of("<span class=\"portal-badge ${item.css}\">${item.text}</span>")
                        .withProperty("css", r -> "state-" + r.state().name().toLowerCase(Locale.ROOT))
                        .withProperty("text", r -> getTranslation("selfEvaluation.state." + r.state().name())))
                .setHeader(getTranslation("selfEvaluation.stateColumn")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(r -> r.submittedAt() == null ? "" : Formats.dateTime(r.submittedAt()))
                .setHeader(getTranslation("selfEvaluation.submittedColumn")).setWidth("10rem").setFlexGrow(0);
        for (CoreElementRef element : overview.elements()) {
            grid.addColumn(LitRenderer.<OverviewRow>of("<span class=\"portal-badge ${item.css}\">${item.text}</span>")
                            .withProperty("css", r -> css(r.statusByElement().get(element.id())))
                            .withProperty("text", r -> r.statusByElement().get(element.id()) == null ? "–"
                                    : Formats.label(r.statusByElement().get(element.id()))))
                    .setHeader(element.name()).setTextAlign(ColumnTextAlign.START).setWidth("10rem");
        }
        grid.setItems(overview.rows());
    }

    private static String css(ImplementationStatus status) {
        return status == null ? "" : "implementation-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
