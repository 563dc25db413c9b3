package dk.modningsportal.evaluation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dk.modningsportal.base.ui.EChart;
import dk.modningsportal.evaluation.Measures;
import dk.modningsportal.evaluation.Measures.MeasureRow;
import dk.modningsportal.evaluation.RegistrationFigures;
import dk.modningsportal.evaluation.RegistrationFigures.OrganisationSeries;
import dk.modningsportal.evaluation.RegistrationFigures.Series;
import dk.modningsportal.evaluation.ReportingPeriod;
import dk.modningsportal.evaluation.SmallNumbers.Shown;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A registration measure over time as a run chart (the project's total with its median, and one organisation
 * beside it), with the same figures in a table. Counts hidden by the small-number rule are gaps in the chart and
 * "< 5" in the table; a period not reported is "–", never zero.
 */
@NamedInterface("ui")
public class RegistrationChart extends Div {

    /** A period's figures: the project's total and the chosen organisation's. */
    public record PeriodRow(LocalDate period, Shown total, Shown organisation) {
    }

    final ComboBox<MeasureRow> measure = new ComboBox<>();
    final ComboBox<OrganisationSeries> organisation = new ComboBox<>();
    final Grid<PeriodRow> table = new Grid<>();
    private final EChart chart;
    private final RegistrationFigures figures;
    private final long projectId;
    private Series series;

    public RegistrationChart(Measures measureDefinitions, RegistrationFigures figures, long projectId) {
        this.figures = figures;
        this.projectId = projectId;
        addClassName("registration-chart");
        chart = new EChart(getTranslation("evaluation.chartLabel"));
        List<MeasureRow> measures = measureDefinitions.measures(projectId);
        if (measures.isEmpty()) {
            add(new Paragraph(getTranslation("evaluation.noMeasuresYet")));
            return;
        }
        measure.setLabel(getTranslation("evaluation.measure"));
        measure.setItems(measures);
        measure.setItemLabelGenerator(MeasureRow::label);
        measure.setWidth("min(26rem, 100%)");
        organisation.setLabel(getTranslation("evaluation.besideTotal"));
        organisation.setItemLabelGenerator(OrganisationSeries::organisation);
        organisation.setClearButtonVisible(true);
        organisation.setWidth("min(20rem, 100%)");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.setAllRowsVisible(true);
        table.addColumn(r -> periodLabel(r.period())).setHeader(getTranslation("evaluation.period"));
        table.addColumn(r -> r.total().text("–")).setHeader(getTranslation("evaluation.projectTotal"))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(r -> r.organisation() == null ? "" : r.organisation().text("–"))
                .setHeader(getTranslation("evaluation.organisation")).setTextAlign(ColumnTextAlign.END).setKey("organisation");
        measure.addValueChangeListener(e -> load());
        organisation.addValueChangeListener(e -> draw());
        FlexLayout choices = new FlexLayout(measure, organisation);
        choices.addClassName("portal-toolbar");
        Div pair = new Div(chart, table);
        pair.addClassName("chart-with-table");
        add(choices, pair);
        measure.setValue(measures.get(0));
    }

    private void load() {
        if (measure.getValue() == null) {
            return;
        }
        series = figures.series(projectId, measure.getValue().id());
        organisation.setItems(series.organisations());
        // One organisation only (a local leader's): show it; otherwise the total alone until one is chosen.
        organisation.setValue(series.organisations().size() == 1 ? series.organisations().get(0) : null);
        draw();
    }

    private void draw() {
        if (series == null) {
            return;
        }
        OrganisationSeries chosen = organisation.getValue();
        List<PeriodRow> rows = new ArrayList<>();
        for (int i = 0; i < series.periods().size(); i++) {
            rows.add(new PeriodRow(series.periods().get(i), series.total().get(i),
                    chosen == null ? null : chosen.values().get(i)));
        }
        table.setItems(rows.reversed());
        table.getColumnByKey("organisation").setVisible(chosen != null);
        table.getColumnByKey("organisation").setHeader(chosen == null ? "" : chosen.organisation());
        List<String> periods = series.periods().stream().map(this::periodLabel).toList();
        List<Map<String, Object>> lines = new ArrayList<>();
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("name", getTranslation("evaluation.projectTotal"));
        total.put("type", "line");
        total.put("data", series.total().stream().map(Shown::plotted).toList());
        total.put("markLine", Map.of("symbol", "none", "label", Map.of("formatter", getTranslation("evaluation.median")),
                "data", List.of(Map.of("type", "median"))));
        lines.add(total);
        if (chosen != null) {
            lines.add(Map.of("name", chosen.organisation(), "type", "line",
                    "data", chosen.values().stream().map(Shown::plotted).toList()));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("bottom", 0));
        option.put("grid", Map.of("left", 40, "right", 30, "top", 20, "bottom", 50));
        option.put("xAxis", Map.of("type", "category", "data", periods));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1, "name", series.measure().unit()));
        option.put("series", lines);
        chart.setOption(option);
    }

    private String periodLabel(LocalDate start) {
        return PeriodLabels.of(series == null ? ReportingPeriod.MONTH : series.measure().period(), start, getLocale());
    }

    /** The rows as the table shows them, newest first. */
    List<PeriodRow> rows() {
        return table.getListDataView().getItems().toList();
    }
}
