package dk.modningsportal.evaluation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.evaluation.StaffRole;
import dk.modningsportal.evaluation.TimeAndCostService;
import dk.modningsportal.evaluation.TimeAndCostService.CostRow;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The cost estimate of a project: the hourly rate per role (set by its consultants and evaluators), and per
 * organisation its hours beside those expected, their cost, other expenses, and the cost per participant and session.
 */
class CostsPanel extends Div {

    final Map<StaffRole, BigDecimalField> rates = new EnumMap<>(StaffRole.class);
    final Button saveRates = new Button();
    final Grid<CostRow> estimate = new Grid<>();
    private final TimeAndCostService service;
    private final long projectId;

    CostsPanel(TimeAndCostService service, long projectId, boolean mayDefine) {
        this.service = service;
        this.projectId = projectId;
        addClassName("portal-section");
        add(new H3(getTranslation("evaluation.costsTitle")), new Paragraph(getTranslation("evaluation.costsIntro")));
        Div rateFields = new Div();
        rateFields.addClassName("evaluation-costs");
        Map<StaffRole, BigDecimal> stored = service.rates(projectId);
        for (StaffRole role : StaffRole.values()) {
            BigDecimalField rate = new BigDecimalField(getTranslation("evaluation.rateFor", Formats.label(role)));
            rate.setSuffixComponent(new Span(getTranslation("evaluation.perHour")));
            rate.setValue(stored.get(role));
            rate.setReadOnly(!mayDefine);
            rates.put(role, rate);
            rateFields.add(rate);
        }
        add(rateFields);
        if (mayDefine) {
            saveRates.setText(getTranslation("evaluation.saveRates"));
            saveRates.addClickListener(e -> save());
            add(saveRates);
        }
        estimate.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        estimate.setAllRowsVisible(true);
        estimate.addColumn(CostRow::organisation).setHeader(getTranslation("evaluation.organisation")).setFrozen(true)
                .setAutoWidth(true);
        number(estimate.addColumn(r -> Formats.decimal(r.totalHours())), "evaluation.hoursSpent");
        number(estimate.addColumn(r -> r.expectedHours() == null ? "–" : String.valueOf(r.expectedHours())),
                "evaluation.hoursExpected");
        number(estimate.addColumn(r -> kroner(r.labourCost())), "evaluation.labourCost");
        number(estimate.addColumn(r -> kroner(r.otherCosts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))),
                "evaluation.otherCosts");
        number(estimate.addColumn(r -> kroner(r.totalCost())), "evaluation.totalCost");
        number(estimate.addColumn(r -> r.participants().text("–")), "evaluation.participants");
        number(estimate.addColumn(r -> r.perParticipant() == null ? "–" : kroner(r.perParticipant())),
                "evaluation.perParticipant");
        number(estimate.addColumn(r -> r.sessions().text("–")), "evaluation.sessions");
        number(estimate.addColumn(r -> r.perSession() == null ? "–" : kroner(r.perSession())), "evaluation.perSession");
        add(estimate);
        estimate.setItems(service.estimate(projectId));
    }

    private void number(Grid.Column<CostRow> column, String header) {
        column.setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private static String kroner(BigDecimal amount) {
        return Formats.decimal(amount.setScale(0, java.math.RoundingMode.HALF_UP)) + " kr.";
    }

    private void save() {
        Map<StaffRole, BigDecimal> typed = new EnumMap<>(StaffRole.class);
        rates.forEach((role, field) -> typed.put(role, field.getValue()));
        try {
            service.setRates(projectId, typed);
            Forms.success(getTranslation("evaluation.ratesSaved"));
            estimate.setItems(service.estimate(projectId));
        } catch (ValidationFailedException invalid) {
            Map<String, HasValidation> fields = new HashMap<>();
            rates.forEach((role, field) -> fields.put("rate:" + role.name(), field));
            Forms.showServiceErrors(invalid, fields);
        }
    }
}
