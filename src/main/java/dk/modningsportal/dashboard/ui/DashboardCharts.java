package dk.modningsportal.dashboard.ui;

import dk.modningsportal.dashboard.Dashboard.HeatRow;
import dk.modningsportal.dashboard.Dashboard.MonthCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboard's charts as ECharts options, from the figures the service computed. */
final class DashboardCharts {

    private DashboardCharts() {
    }

    /** Organisations down, core elements across, each cell the organisation's figure for the element. */
    static Map<String, Object> heatMap(List<HeatRow> heat, List<String> elements) {
        List<List<Object>> cells = new ArrayList<>();
        double max = 1;
        for (int o = 0; o < heat.size(); o++) {
            for (int e = 0; e < elements.size(); e++) {
                double value = heat.get(o).perCoreElement().get(e);
                cells.add(List.of(e, o, value));
                max = Math.max(max, value);
            }
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("position", "top"));
        option.put("grid", Map.of("left", 150, "right", 30, "top", 110, "bottom", 10));
        option.put("xAxis", Map.of("type", "category", "data", elements, "position", "top",
                "axisLabel", Map.of("interval", 0, "rotate", 35, "width", 120, "overflow", "truncate", "fontSize", 11)));
        option.put("yAxis", Map.of("type", "category", "inverse", true, "data", heat.stream().map(HeatRow::label).toList(),
                "axisLabel", Map.of("width", 140, "overflow", "truncate")));
        option.put("visualMap", Map.of("min", 0, "max", max, "show", false,
                "inRange", Map.of("color", List.of("#f2f7f9", "#1b5e7a"))));
        option.put("series", List.of(Map.of("type", "heatmap", "data", cells, "label", Map.of("show", true))));
        return option;
    }

    /** Trial actions and notes per month, two lines under the months' labels. */
    static Map<String, Object> trend(List<MonthCount> trend, List<String> months, String trialActionsName,
            String notesName) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("bottom", 0));
        option.put("grid", Map.of("left", 40, "right", 20, "top", 20, "bottom", 50));
        option.put("xAxis", Map.of("type", "category", "data", months));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("series", List.of(
                Map.of("name", trialActionsName, "type", "line", "data", trend.stream().map(MonthCount::trialActions).toList()),
                Map.of("name", notesName, "type", "line", "data", trend.stream().map(MonthCount::notes).toList())));
        return option;
    }
}
