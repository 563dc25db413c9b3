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

    private String languageTag() {
        return getLocale() == null ? "da-DK" : getLocale().toLanguageTag();
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
        // The library may still be loading: wait for it, then (re)draw and follow the element's size. Numbers are
        // written in the person's language ("0,8" in Danish), like the table beside the chart; SVG keeps the text
        // selectable and readable by assistive technology.
        getElement().executeJs("""
                const el = this, option = JSON.parse($0), format = new Intl.NumberFormat($1, {maximumFractionDigits: 2});
                const number = v => typeof v === 'number' ? format.format(v) : v;
                const last = p => Array.isArray(p.value) ? p.value[p.value.length - 1] : p.value;
                option.tooltip = Object.assign({}, option.tooltip, {valueFormatter: number});
                [].concat(option.xAxis || [], option.yAxis || []).filter(a => a.type === 'value')
                  .forEach(a => a.axisLabel = Object.assign({}, a.axisLabel, {formatter: number}));
                [].concat(option.series || []).filter(s => s.label && s.label.show)
                  .forEach(s => s.label.formatter = p => number(last(p)));
                const draw = () => {
                  if (!window.echarts) { setTimeout(draw, 50); return; }
                  const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el, null, {renderer: 'svg'});
                  chart.setOption(option, true);
                  if (!el.$resizer) { el.$resizer = new ResizeObserver(() => chart.resize()); el.$resizer.observe(el); }
                };
                draw();""", option, languageTag());
    }
}
