package dk.modningsportal.selfevaluation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.LitRenderer;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.selfevaluation.ImplementationStatus;
import dk.modningsportal.selfevaluation.Quarter;
import dk.modningsportal.selfevaluation.SelfEvaluationOverviews.Overview;
import dk.modningsportal.selfevaluation.SelfEvaluationOverviews.OverviewRow;
import dk.modningsportal.selfevaluation.SelfEvaluationOverviews;
import dk.modningsportal.selfevaluation.SelfEvaluationRoutes;
import dk.modningsportal.selfevaluation.SelfEvaluationSettings;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * For those who follow a whole project: one quarter's self-evaluations side by side, every organisation's
 * state (submitted, draft, missing, late) and its status per core element.
 */
@NamedInterface("ui")
public class SelfEvaluationOverview extends Div {

    final Select<Quarter> quarter = new Select<>();
    final Grid<OverviewRow> grid = new Grid<>();
    private final SelfEvaluationOverviews overviews;
    private final SelfEvaluationSettings settingsService;
    private final long projectId;

    public SelfEvaluationOverview(SelfEvaluationOverviews overviews, SelfEvaluationSettings settingsService,
            long projectId) {
        this.overviews = overviews;
        this.settingsService = settingsService;
        this.projectId = projectId;
        addClassName("self-evaluation-overview");
        quarter.setLabel(getTranslation("selfEvaluation.quarterLabel"));
        quarter.setItemLabelGenerator(q -> getTranslation("selfEvaluation.quarter", q.year(), q.quarter()));
        quarter.setItems(overviews.projectQuarters(projectId));
        quarter.addValueChangeListener(e -> show());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(quarter, grid);
        SelfEvaluationSettings.ProjectSettings settings = settingsService.projectSettings(projectId);
        if (settings.editable()) {
            add(settingsForm(settings));
        }
        overviews.lastDueQuarterOf(projectId).or(() -> quarter.getListDataView().getItems().findFirst())
                .ifPresent(quarter::setValue);
    }

    final IntegerField dueDays = new IntegerField();
    final Map<OrganisationKind, IntegerField> expectedHours = new EnumMap<>(OrganisationKind.class);

    /** The consultants' settings: when a quarter's form is due, and the expected hours per kind of organisation. */
    private Details settingsForm(SelfEvaluationSettings.ProjectSettings settings) {
        dueDays.setLabel(getTranslation("selfEvaluation.dueDays"));
        dueDays.setValue(settings.dueDays());
        dueDays.setSuffixComponent(new Span(getTranslation("selfEvaluation.daysAfterQuarter")));
        dueDays.setWidth("16em");
        FlexLayout fields = new FlexLayout(dueDays);
        fields.addClassName("portal-toolbar");
        for (OrganisationKind kind : List.of(OrganisationKind.MUNICIPALITY, OrganisationKind.SHELTER,
                OrganisationKind.ASSOCIATION)) {
            IntegerField hours = new IntegerField(getTranslation("selfEvaluation.expectedHoursFor", Formats.label(kind)));
            hours.setValue(settings.expectedHours().get(kind));
            hours.setWidth("16em");
            expectedHours.put(kind, hours);
            fields.add(hours);
        }
        Button save = new Button(getTranslation("action.save"), e -> {
            Map<OrganisationKind, Integer> hours = new EnumMap<>(OrganisationKind.class);
            expectedHours.forEach((kind, field) -> hours.put(kind, field.getValue()));
            try {
                settingsService.saveProjectSettings(projectId, dueDays.getValue(), hours);
                Forms.success(getTranslation("selfEvaluation.settingsSaved"));
                show();
            } catch (ValidationFailedException invalid) {
                Map<String, HasValidation> named = new LinkedHashMap<>();
                named.put("dueDays", dueDays);
                expectedHours.forEach((kind, field) -> named.put("hours:" + kind.name(), field));
                Forms.showServiceErrors(invalid, named);
            }
        });
        fields.add(save);
        return new Details(getTranslation("selfEvaluation.settings"), fields);
    }

    void show() {
        if (quarter.getValue() == null) {
            return;
        }
        Overview overview = overviews.overview(projectId, quarter.getValue());
        grid.removeAllColumns();
        grid.addColumn(LitRenderer.<OverviewRow>of("<a href=\"${item.href}\" router-link>${item.text}</a>")
                        .withProperty("href", r -> SelfEvaluationRoutes.selfEvaluation(r.workspaceId(), overview.quarter().key()))
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
