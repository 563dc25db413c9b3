package dk.modningsportal.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;

/**
 * A chart drawn by Apache ECharts, which the browser loads from the webjar at run time (no front-end
 * build). The option is ECharts' own JSON. Every chart in the portal has an accessible table beside it;
 * the chart itself is marked as an image with a label.
 */
public class EChart extends Div {

    private static final String LIBRARY = "webjars/echarts/5.5.0/echarts.min.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private String option = "{}";

    public EChart(String accessibleLabel) {
        addClassName("portal-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", accessibleLabel);
    }

    public void setOption(Map<String, Object> chartOption) {
        option = JSON.writeValueAsString(chartOption);
        draw();
    }

    /** The option as JSON, as the browser receives it. */
    public String getOptionJson() {
        return option;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addJavaScript(LIBRARY);
        draw();
    }

    private void draw() {
        if (!isAttached()) {
            return;
        }
        // The library may still be loading: wait for it, then (re)draw and follow the element's size.
        getElement().executeJs("""
                const el = this, option = JSON.parse($0);
                const draw = () => {
                  if (!window.echarts) { setTimeout(draw, 50); return; }
                  const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
                  chart.setOption(option, true);
                  if (!el.$resizer) { el.$resizer = new ResizeObserver(() => chart.resize()); el.$resizer.observe(el); }
                };
                draw();""", option);
    }
}
