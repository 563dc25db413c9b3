package dk.modningsportal.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ui.DownloadLinks;
import dk.modningsportal.base.ui.EChart;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.dashboard.Dashboard.HeatRow;
import dk.modningsportal.dashboard.Dashboard.MonthCount;
import dk.modningsportal.dashboard.Dashboard.OrganisationRow;
import dk.modningsportal.dashboard.Dashboard;
import dk.modningsportal.dashboard.DashboardExport;
import dk.modningsportal.dashboard.DashboardService.ProjectRef;
import dk.modningsportal.dashboard.DashboardService;
import dk.modningsportal.dashboard.ProgressScores;
import dk.modningsportal.evaluation.Measures;
import dk.modningsportal.evaluation.RegistrationFigures;
import dk.modningsportal.evaluation.ui.RegistrationChart;
import dk.modningsportal.live.Change;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.live.ui.LiveRefresh;
import dk.modningsportal.meeting.MeetingAttendances;
import dk.modningsportal.meeting.ui.AttendanceOverview;
import dk.modningsportal.selfevaluation.SelfEvaluationOverviews;
import dk.modningsportal.selfevaluation.SelfEvaluationSettings;
import dk.modningsportal.selfevaluation.ui.SelfEvaluationOverview;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Every organisation of a project at a glance: progress per organisation (sortable, filterable, each
 * figure linking to the items behind it), where maturation input piles up, the trend, and what a
 * version change did. Charts have their tables beside them.
 */
@Route("dashboard")
@Menu(order = 10, title = "nav.dashboard", icon = "vaadin:chart-grid")
@RolesAllowed({"CONSULTANT", "LEADER", "EVALUATOR"})
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_CHART_HEIGHT = 900;
    private static final int MAX_VISIBLE_ROWS = 25;

    final Select<ProjectRef> project = new Select<>();
    final TextField organisationFilter = new TextField();
    final Checkbox overdueOnly = new Checkbox();
    final ProgressTable rows;
    final Grid<HeatRow> heatTable = new Grid<>();
    final Grid<MonthCount> trendTable = new Grid<>();
    final VersionComparison versions;
    final EChart heatChart;
    final EChart trendChart;
    final Div facts = new Div();
    final FlexLayout exports = new FlexLayout();
    /** Consultants of the project: sets the progress score of the organisation selected in the table. */
    final Button setScore = new Button();

    private final DashboardService dashboards;
    private final ProgressScores scores;
    private final DashboardExport export;
    private Dashboard dashboard;

    /** Those who follow the whole project: the quarter's self-evaluations side by side. */
    final Div selfEvaluations = new Div();
    /**
     * The evaluation's registrations over time and the attendance, for the chosen project: drawn when opened, so that an
     * open dashboard keeps no chart or grid of them until someone looks (a national project has hundreds open at once).
     */
    final Details registrations = new Details();
    private final Measures measures;
    private final RegistrationFigures registrationFigures;
    /** Attendance per organisation at the project's meetings. */
    final Details attendance = new Details();
    private final MeetingAttendances attendances;
    private final SelfEvaluationOverviews selfEvaluationOverviews;
    private final SelfEvaluationSettings selfEvaluationSettings;

    DashboardView(DashboardService dashboards, ProgressScores scores, DashboardExport export, ChangeBus changes,
            SelfEvaluationOverviews selfEvaluationOverviews, SelfEvaluationSettings selfEvaluationSettings,
            Measures measures, RegistrationFigures registrationFigures, MeetingAttendances attendances) {
        this.measures = measures;
        this.registrationFigures = registrationFigures;
        this.attendances = attendances;
        this.selfEvaluationOverviews = selfEvaluationOverviews;
        this.selfEvaluationSettings = selfEvaluationSettings;
        // 98 organisations write at once in a national project, and every open dashboard re-reads on their
        // changes: at most once per ten seconds (the load test found two-second re-reads of every open dashboard
        // filling the portal's CPU). An organisation's own dashboard follows its own workspace only.
        LiveRefresh.whileAttached(this, changes, this::concerns, Duration.ofSeconds(10), this::load);
        this.dashboards = dashboards;
        this.scores = scores;
        this.export = export;
        heatChart = new EChart(getTranslation("dashboard.heatTitle"));
        trendChart = new EChart(getTranslation("dashboard.trendTitle"));
        addClassName("portal-page");

        project.setLabel(getTranslation("dashboard.project"));
        project.setItemLabelGenerator(p -> p == null ? "" : p.name());
        project.addClassName("project-select");
        List<ProjectRef> projects = dashboards.projects();
        project.setItems(projects);
        project.addValueChangeListener(e -> load());

        organisationFilter.setPlaceholder(getTranslation("dashboard.searchOrganisation"));
        organisationFilter.setAriaLabel(getTranslation("dashboard.searchOrganisation"));
        organisationFilter.setClearButtonVisible(true);
        organisationFilter.setValueChangeMode(ValueChangeMode.LAZY);
        organisationFilter.addValueChangeListener(e -> applyFilter());
        overdueOnly.setLabel(getTranslation("dashboard.overdueOnly"));
        overdueOnly.addValueChangeListener(e -> applyFilter());

        rows = new ProgressTable(scores, setScore,
                () -> dashboard == null ? null : dashboard.currentVersionId(), this::load);
        heatTable.addThemeVariants(GridVariant.LUMO_COMPACT);
        trendTable.addThemeVariants(GridVariant.LUMO_COMPACT);
        trendTable.setAllRowsVisible(true);
        trendTable.addColumn(m -> m.month().format(DateTimeFormatter.ofPattern("MMM yyyy", getLocale())))
                .setHeader(getTranslation("dashboard.month"));
        trendTable.addColumn(MonthCount::trialActions).setHeader(getTranslation("workspace.section.trialActions"))
                .setTextAlign(ColumnTextAlign.END);
        trendTable.addColumn(MonthCount::notes).setHeader(getTranslation("workspace.notesCount"))
                .setTextAlign(ColumnTextAlign.END);
        versions = new VersionComparison(dashboards);

        facts.addClassName("workspace-header-facts");
        exports.addClassName("portal-buttons");
        add(new H2(getTranslation("nav.dashboard")), new FlexLayout(project), facts, exports,
                section(getTranslation("dashboard.progressTitle"), filters(), rows),
                chartAboveTable(getTranslation("dashboard.heatTitle"), heatChart, heatTable),
                chartSection(getTranslation("dashboard.trendTitle"), trendChart, trendTable),
                section(getTranslation("dashboard.versionTitle"), versions),
                section(getTranslation("selfEvaluation.overviewTitle"), selfEvaluations),
                section(getTranslation("dashboard.evaluationTitle"), registrations, attendance));
        registrations.setSummaryText(getTranslation("dashboard.registrationsTitle"));
        attendance.setSummaryText(getTranslation("dashboard.attendanceTitle"));
        registrations.addOpenedChangeListener(e -> drawEvaluation());
        attendance.addOpenedChangeListener(e -> drawEvaluation());
        if (projects.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.none")));
        } else {
            project.setValue(projects.get(0));
        }
    }

    private boolean concerns(Change change) {
        if (dashboard == null) {
            return false;
        }
        // A workspace's content change is followed by its recomputed figures: the dashboard reads on those.
        if (Change.WORKSPACE.equals(change.topic())) {
            return false;
        }
        return dashboard.ownOrganisationOnly()
                ? dashboard.rows().stream().anyMatch(row -> change.isFiguresOf(row.workspaceId()))
                : change.isInProject(dashboard.projectId());
    }

    void load() {
        ProjectRef chosen = project.getValue();
        if (chosen == null) {
            return;
        }
        dashboard = dashboards.build(chosen.id());
        facts.removeAll();
        if (dashboard.phase() != null) {
            facts.add(badge(getTranslation("workspace.phase", dashboard.phase())));
        }
        if (dashboard.currentVersion() != null) {
            facts.add(badge(getTranslation("workspace.versionInTrial", dashboard.currentVersion())));
        }
        facts.add(badge(dashboard.lastWorkshop() == null ? getTranslation("dashboard.noWorkshop")
                : getTranslation("dashboard.lastWorkshop", Formats.date(dashboard.lastWorkshop()))));
        if (dashboard.ownOrganisationOnly()) {
            facts.add(badge(getTranslation("dashboard.ownOnly")));
        }
        setScore.setVisible(scores.canScore(dashboard.projectId()));
        selfEvaluations.removeAll();
        if (dashboard.ownOrganisationOnly()) {
            selfEvaluations.add(new Paragraph(getTranslation("selfEvaluation.overviewOwnOnly")));
        } else {
            selfEvaluations.add(new SelfEvaluationOverview(selfEvaluationOverviews, selfEvaluationSettings, dashboard.projectId()));
        }
        drawEvaluation();
        applyFilter();
        rows.showAverage(dashboard.average());
        showHeatMap();
        showTrend();
        versions.show(dashboard);
        showExports(chosen.id());
    }

    private void applyFilter() {
        if (dashboard == null) {
            return;
        }
        String text = organisationFilter.getValue().strip().toLowerCase(Locale.ROOT);
        List<OrganisationRow> matching = dashboard.rows().stream()
                .filter(r -> text.isEmpty() || r.organisation().toLowerCase(Locale.ROOT).contains(text))
                .filter(r -> !overdueOnly.getValue() || r.overdue() > 0)
                .toList();
        rows.setItems(matching);
        fitRows(rows, matching.size());
    }

    private void showHeatMap() {
        List<HeatRow> heat = dashboard.heatRows().stream()
                .map(r -> "average".equals(r.label()) ? new HeatRow(getTranslation("dashboard.average"), r.perCoreElement())
                        : r)
                .toList();
        List<String> elements = dashboard.coreElements();
        heatTable.removeAllColumns();
        heatTable.addColumn(HeatRow::label).setHeader(getTranslation("maturation.organisation")).setWidth("11rem")
                .setFrozen(true);
        for (int e = 0; e < elements.size(); e++) {
            int element = e;
            heatTable.addColumn(r -> decimal(r.perCoreElement().get(element))).setHeader(ProgressTable.headerText(elements.get(e)))
                    .setTextAlign(ColumnTextAlign.END).setWidth("7rem");
        }
        heatTable.setItems(heat);
        fitRows(heatTable, heat.size());

        heatChart.setOption(DashboardCharts.heatMap(heat, elements));
        // A band per organisation, up to a height that still fits a laptop screen with 98 of them.
        heatChart.setHeight(Math.min(MAX_CHART_HEIGHT, Math.max(220, 80 + 26 * heat.size())) + "px");
    }

    /** The evaluation's sections of the chosen project, each drawn only while it is open. */
    private void drawEvaluation() {
        registrations.removeAll();
        attendance.removeAll();
        if (dashboard == null) {
            return;
        }
        if (registrations.isOpened()) {
            registrations.add(new RegistrationChart(measures, registrationFigures, dashboard.projectId()));
        }
        if (attendance.isOpened()) {
            attendance.add(new AttendanceOverview(attendances, dashboard.projectId()));
        }
    }

    private void showTrend() {
        trendTable.setItems(dashboard.trend());
        List<String> months = dashboard.trend().stream()
                .map(m -> m.month().format(DateTimeFormatter.ofPattern("MMM yy", getLocale()))).toList();
        trendChart.setOption(DashboardCharts.trend(dashboard.trend(), months,
                getTranslation("workspace.section.trialActions"), getTranslation("workspace.notesCount")));
    }

    private void showExports(long projectId) {
        exports.removeAll();
        if (!export.canExport()) {
            return;
        }
        exports.add(download("dashboard.exportFiguresCsv", "noegletal.csv", DownloadLinks.CSV, () -> export.figuresCsv(projectId)),
                download("dashboard.exportFiguresXlsx", "noegletal.xlsx", DownloadLinks.XLSX, () -> export.figuresXlsx(projectId)));
        if (dashboards.isEvaluator()) {
            exports.add(download("dashboard.exportFullXlsx", "projektdata.xlsx", DownloadLinks.XLSX, () -> export.fullXlsx(projectId)),
                    download("dashboard.exportFullCsv", "projektdata-csv.zip", DownloadLinks.ZIP,
                            () -> export.fullCsvZip(projectId)));
        }
    }

    private Anchor download(String label, String fileName, String type, Supplier<byte[]> content) {
        return DownloadLinks.of(getTranslation(label), fileName, type, content);
    }

    /** Whole numbers as they are, others with one decimal in the UI's locale (1,5 in Danish). */
    private String decimal(double value) {
        return decimal(value, getLocale());
    }

    static String decimal(double value, Locale locale) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(locale, "%.1f", value);
    }

    /** Short tables show every row; long ones (a national project) scroll inside a fixed height. */
    private static void fitRows(Grid<?> grid, int rowCount) {
        grid.setAllRowsVisible(rowCount <= MAX_VISIBLE_ROWS);
        grid.setHeight(rowCount <= MAX_VISIBLE_ROWS ? null : "40rem");
    }

    private FlexLayout filters() {
        setScore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        FlexLayout filters = new FlexLayout(organisationFilter, overdueOnly, setScore);
        filters.addClassName("dashboard-filters");
        return filters;
    }

    private static Div section(String title, Component... content) {
        Div section = new Div(new H3(title));
        section.add(content);
        section.addClassNames("portal-section", "dashboard-section");
        return section;
    }

    private static Div chartSection(String title, EChart chart, Grid<?> table) {
        Div pair = new Div(chart, table);
        pair.addClassName("chart-with-table");
        return section(title, pair);
    }

    /** A wide chart (one column per core element) with its table underneath, so every element's column shows. */
    private static Div chartAboveTable(String title, EChart chart, Grid<?> table) {
        Div pair = new Div(chart, table);
        pair.addClassName("chart-above-table");
        return section(title, pair);
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("portal-badge");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
