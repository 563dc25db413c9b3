package dk.modningsportal.evaluation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.ConflictDialog;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.evaluation.CostKind;
import dk.modningsportal.evaluation.StaffRole;
import dk.modningsportal.evaluation.TimeAndCostService;
import dk.modningsportal.evaluation.TimeAndCostService.Sheet;
import dk.modningsportal.evaluation.TimeCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * A month's time and costs for the evaluation's cost estimate: hours per role (rows) and kind of work (columns),
 * and other costs in kroner. The project leader fills it in; others read it.
 */
class TimeSheetForm extends Div {

    final Map<StaffRole, Map<TimeCategory, BigDecimalField>> hours = new EnumMap<>(StaffRole.class);
    final Map<CostKind, BigDecimalField> costs = new EnumMap<>(CostKind.class);
    final Button save = new Button();
    private final Paragraph saved = new Paragraph();
    private final TimeAndCostService service;
    private Sheet shown;

    TimeSheetForm(TimeAndCostService service, long workspaceId, LocalDate month) {
        this.service = service;
        addClassName("portal-section");
        String monthName = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", getLocale()));
        add(new H3(getTranslation("evaluation.timeTitle", monthName)), new Paragraph(getTranslation("evaluation.timeHelp")));
        Div table = new Div();
        table.addClassName("evaluation-time-table");
        table.add(new Span());
        for (TimeCategory category : TimeCategory.values()) {
            Span header = new Span(Formats.label(category));
            header.addClassName("evaluation-time-header");
            table.add(header);
        }
        for (StaffRole role : StaffRole.ASKED) {
            Span label = new Span(Formats.label(role));
            label.addClassName("evaluation-time-role");
            table.add(label);
            Map<TimeCategory, BigDecimalField> row = new EnumMap<>(TimeCategory.class);
            for (TimeCategory category : TimeCategory.values()) {
                BigDecimalField field = new BigDecimalField();
                field.setAriaLabel(Formats.label(role) + ", " + Formats.label(category) + ", "
                        + getTranslation("selfEvaluation.hoursUnit"));
                row.put(category, field);
                table.add(field);
            }
            hours.put(role, row);
        }
        Div other = new Div();
        other.addClassName("evaluation-costs");
        for (CostKind kind : CostKind.values()) {
            BigDecimalField field = new BigDecimalField(Formats.label(kind));
            field.setSuffixComponent(new Span("kr."));
            costs.put(kind, field);
            other.add(field);
        }
        save.setText(getTranslation("evaluation.saveTime"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> store(shown.version()));
        saved.addClassName("portal-muted");
        add(table, new H3(getTranslation("evaluation.otherCosts")), other, saved);
        show(service.sheet(workspaceId, month));
    }

    private void show(Sheet sheet) {
        shown = sheet;
        hours.forEach((role, row) -> row.forEach((category, field) -> {
            field.setValue(sheet.hours(role, category));
            field.setReadOnly(!sheet.writable());
            field.setInvalid(false);
        }));
        costs.forEach((kind, field) -> {
            field.setValue(sheet.costs().get(kind));
            field.setReadOnly(!sheet.writable());
            field.setInvalid(false);
        });
        BigDecimal unspecified = sheet.hours().getOrDefault(StaffRole.UNSPECIFIED, Map.of()).values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String who = sheet.changedBy() == null ? getTranslation("evaluation.timeNotEntered")
                : getTranslation("evaluation.timeEnteredBy", sheet.changedBy(), Formats.dateTime(sheet.changedAt()));
        saved.setText(unspecified.signum() == 0 ? who
                : who + " " + getTranslation("evaluation.unspecifiedHours", Formats.decimal(unspecified)));
        if (sheet.writable()) {
            addComponentAtIndex(indexOf(saved), save);
        } else {
            save.removeFromParent();
        }
    }

    private void store(long version) {
        Map<StaffRole, Map<TimeCategory, BigDecimal>> typed = new EnumMap<>(StaffRole.class);
        hours.forEach((role, row) -> {
            Map<TimeCategory, BigDecimal> values = new EnumMap<>(TimeCategory.class);
            row.forEach((category, field) -> values.put(category, field.getValue()));
            typed.put(role, values);
        });
        // Hours the self-evaluation held before roles were asked stay as they were.
        typed.put(StaffRole.UNSPECIFIED, shown.hours().getOrDefault(StaffRole.UNSPECIFIED, Map.of()));
        Map<CostKind, BigDecimal> kroner = new EnumMap<>(CostKind.class);
        costs.forEach((kind, field) -> kroner.put(kind, field.getValue()));
        try {
            show(service.save(shown.workspaceId(), shown.month(), typed, kroner, version));
            Forms.success(getTranslation("evaluation.timeSaved"));
        } catch (ValidationFailedException invalid) {
            Map<String, HasValidation> fields = new HashMap<>();
            hours.forEach((role, row) -> row.forEach((category, field) ->
                    fields.put(TimeAndCostService.hoursField(role, category), field)));
            costs.forEach((kind, field) -> fields.put(TimeAndCostService.costField(kind), field));
            Forms.showServiceErrors(invalid, fields);
        } catch (ConcurrentEditException conflict) {
            ConflictDialog.show(conflict, () -> show(service.sheet(shown.workspaceId(), shown.month())),
                    () -> store(conflict.getCurrentVersion()));
        }
    }
}
