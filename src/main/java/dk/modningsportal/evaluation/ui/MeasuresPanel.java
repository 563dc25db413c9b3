package dk.modningsportal.evaluation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.DatePickers;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.evaluation.Measure;
import dk.modningsportal.evaluation.MeasureCounts;
import dk.modningsportal.evaluation.MeasurePreset;
import dk.modningsportal.evaluation.Measures;
import dk.modningsportal.evaluation.Measures.MeasureInput;
import dk.modningsportal.evaluation.Measures.MeasureRow;
import dk.modningsportal.evaluation.ReportingPeriod;
import java.util.List;
import java.util.Map;

/**
 * A project's registration measures, and for its evaluators and consultants the forms that add one: from a
 * preset (in their language, for a target group), or their own.
 */
class MeasuresPanel extends Div {

    final Grid<MeasureRow> grid = new Grid<>();
    final Select<MeasurePreset> preset = new Select<>();
    final TextField presetGroup = new TextField();
    final DatePicker presetFrom;
    final Button addPreset = new Button();
    final TextField name = new TextField();
    final TextField unit = new TextField();
    final TextField targetGroup = new TextField();
    final Select<ReportingPeriod> period = new Select<>();
    final Select<MeasureRow> atMost = new Select<>();
    final DatePicker countedFrom;
    final Select<MeasureCounts> counts = new Select<>();
    final Button addOwn = new Button();
    private final Measures registrations;
    private final long projectId;
    private final Runnable changed;
    private java.util.Set<Long> inUse = java.util.Set.of();

    MeasuresPanel(Measures registrations, long projectId, Runnable changed) {
        this.registrations = registrations;
        this.projectId = projectId;
        this.changed = changed;
        presetFrom = DatePickers.create(getTranslation("evaluation.countedFrom"));
        countedFrom = DatePickers.create(getTranslation("evaluation.countedFrom"));
        presetFrom.setHelperText(getTranslation("evaluation.countedFromHelp"));
        countedFrom.setHelperText(getTranslation("evaluation.countedFromHelp"));
        addClassName("portal-section");
        add(new H3(getTranslation("evaluation.measuresTitle")));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(MeasureRow::name).setHeader(getTranslation("evaluation.measureName")).setFlexGrow(3);
        grid.addColumn(r -> r.targetGroup() == null ? "" : r.targetGroup()).setHeader(getTranslation("evaluation.targetGroup"))
                .setFlexGrow(2);
        grid.addColumn(MeasureRow::unit).setHeader(getTranslation("evaluation.unit"));
        grid.addColumn(r -> Formats.label(r.period())).setHeader(getTranslation("evaluation.period"));
        grid.addColumn(r -> Formats.date(r.countedFrom())).setHeader(getTranslation("evaluation.countedFrom"));
        grid.addColumn(r -> r.atMostName() == null ? "" : getTranslation("evaluation.atMostOf", r.atMostName()))
                .setHeader(getTranslation("evaluation.rule")).setFlexGrow(2);
        add(grid);
        boolean definer = registrations.mayDefine(projectId);
        if (definer) {
            grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
            add(presetForm(), ownForm());
        } else {
            Paragraph who = new Paragraph(getTranslation("evaluation.evaluatorDefines"));
            who.addClassName("portal-muted");
            add(who);
        }
        refresh();
    }

    private FlexLayout presetForm() {
        preset.setLabel(getTranslation("evaluation.fromPreset"));
        preset.setItems(MeasurePreset.values());
        preset.setItemLabelGenerator(p -> p == null ? "" : getTranslation(p.key("name")));
        preset.setWidth("min(22rem, 100%)");
        presetGroup.setLabel(getTranslation("evaluation.targetGroup"));
        Forms.limit(presetGroup, Measure.TARGET_GROUP_MAX);
        presetGroup.setPlaceholder(getTranslation("evaluation.targetGroupExample"));
        addPreset.setText(getTranslation("evaluation.addMeasure"));
        addPreset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addPreset.addClickListener(e -> act(() -> {
            if (preset.getValue() == null) {
                throw new ValidationFailedException(Map.of("preset", "validation.required"));
            }
            registrations.defineFromPreset(projectId, preset.getValue(), presetGroup.getValue(), presetFrom.getValue());
            preset.clear();
        }, Map.of("preset", preset, "targetGroup", presetGroup, "name", preset, "countedFrom", presetFrom)));
        FlexLayout row = new FlexLayout(preset, presetGroup, presetFrom, addPreset);
        row.addClassName("portal-inline-form");
        return row;
    }

    private Details ownForm() {
        name.setLabel(getTranslation("evaluation.measureName"));
        Forms.limit(name, Measure.NAME_MAX);
        unit.setLabel(getTranslation("evaluation.unit"));
        Forms.limit(unit, Measure.UNIT_MAX);
        targetGroup.setLabel(getTranslation("evaluation.targetGroup"));
        Forms.limit(targetGroup, Measure.TARGET_GROUP_MAX);
        period.setLabel(getTranslation("evaluation.period"));
        period.setItems(ReportingPeriod.values());
        period.setItemLabelGenerator(Formats::label);
        period.setValue(ReportingPeriod.MONTH);
        atMost.setLabel(getTranslation("evaluation.atMostLabel"));
        atMost.setItemLabelGenerator(m -> m == null ? getTranslation("evaluation.noRule") : m.label());
        atMost.setEmptySelectionAllowed(true);
        atMost.setEmptySelectionCaption(getTranslation("evaluation.noRule"));
        counts.setLabel(getTranslation("evaluation.countsFor"));
        counts.setItems(MeasureCounts.values());
        counts.setItemLabelGenerator(c -> c == null ? getTranslation("evaluation.countsForNothing") : Formats.label(c));
        counts.setEmptySelectionAllowed(true);
        counts.setEmptySelectionCaption(getTranslation("evaluation.countsForNothing"));
        addOwn.setText(getTranslation("evaluation.addMeasure"));
        addOwn.addClickListener(e -> act(() -> {
            registrations.define(projectId, new MeasureInput(name.getValue(), unit.getValue(), targetGroup.getValue(),
                    period.getValue(), countedFrom.getValue(), atMost.getValue() == null ? null : atMost.getValue().id(),
                    counts.getValue()));
            name.clear();
            unit.clear();
            targetGroup.clear();
        }, Map.of("name", name, "unit", unit, "targetGroup", targetGroup, "period", period, "atMost", atMost,
                "countedFrom", countedFrom)));
        var form = Forms.responsiveLayout();
        form.add(name, unit, targetGroup, period, countedFrom, atMost, counts);
        Details details = new Details(getTranslation("evaluation.ownMeasure"), new Div(form, addOwn));
        details.addClassName("evaluation-own-measure");
        return details;
    }

    private com.vaadin.flow.component.Component removeButton(MeasureRow row) {
        if (inUse.contains(row.id())) {
            return new Div();
        }
        Button remove = new Button(getTranslation("action.delete"), e -> act(() -> registrations.remove(row.id()), Map.of()));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("action.delete") + ": " + row.label());
        return remove;
    }

    private void act(Runnable change, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            change.run();
            Forms.success(getTranslation("evaluation.measuresSaved"));
            refresh();
            changed.run();
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, fields);
        }
    }

    private void refresh() {
        List<MeasureRow> rows = registrations.measures(projectId);
        inUse = registrations.measuresInUse(projectId);
        grid.setItems(rows);
        atMost.setItems(rows);
    }
}
