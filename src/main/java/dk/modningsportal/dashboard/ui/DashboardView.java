package dk.modningsportal.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
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
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ui.DownloadLinks;
import dk.modningsportal.base.ui.EChart;
import dk.modningsportal.evaluation.RegistrationService;
import dk.modningsportal.evaluation.ui.RegistrationChart;
import dk.modningsportal.meeting.MeetingAttendances;
import dk.modningsportal.meeting.ui.AttendanceOverview;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.dashboard.Dashboard.HeatRow;
import dk.modningsportal.dashboard.Dashboard.MonthCount;
import dk.modningsportal.dashboard.Dashboard.OrganisationRow;
import dk.modningsportal.dashboard.Dashboard.ProjectAverage;
import dk.modningsportal.dashboard.Dashboard.VersionFigures;
import dk.modningsportal.dashboard.Dashboard;
import dk.modningsportal.dashboard.DashboardExport;
import dk.modningsportal.dashboard.DashboardService.ProjectRef;
import dk.modningsportal.dashboard.DashboardService;
import dk.modningsportal.live.Change;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.live.ui.LiveRefresh;
import dk.modningsportal.project.WorkspaceRoutes;
import dk.modningsportal.selfevaluation.SelfEvaluationOverviews;
import dk.modningsportal.selfevaluation.SelfEvaluationSettings;
import dk.modningsportal.selfevaluation.ui.SelfEvaluationOverview;
import dk.modningsportal.trialaction.TrialActionStatus;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Every organisation of a project at a glance: progress per organisation (sortable, filterable, each
 * figure linking to the items behind it), where maturation input piles up, the trend, and what a
 * version change did. Charts have their tables beside them.
 */
@Route("dashboard")
@Menu(order = 10, title = "nav.dashboard", icon = "vaadin:chart-grid")
@RolesAllowed({"CONSULTANT", "LEADER", "EVALUATOR"})
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final String FIGURE_WIDTH = "4.75rem";
    private static final String LINK = "<a href=\"${item.href}\" router-link>${item.text}</a>";
    private static final int MAX_CHART_HEIGHT = 900;
    private static final int MAX_VISIBLE_ROWS = 25;
    /** The version comparison's choice of every organisation together. */
    private static final OrganisationRow ALL_ORGANISATIONS = new OrganisationRow(0, "", null, 0, 0, 0, 0, 0, 0, null, 0,
            null, null, null, false);

    final Select<ProjectRef> project = new Select<>();
    final TextField organisationFilter = new TextField();
    final Checkbox overdueOnly = new Checkbox();
    final Grid<OrganisationRow> rows = new Grid<>();
    final Grid<HeatRow> heatTable = new Grid<>();
    final Grid<MonthCount> trendTable = new Grid<>();
    final Grid<VersionFigures> versionTable = new Grid<>();
    /** A combo box, not a select: a select keeps a component per choice (98 organisations in a national project). */
    final ComboBox<OrganisationRow> versionScope = new ComboBox<>();
    final EChart heatChart;
    final EChart trendChart;
    final Div facts = new Div();
    final FlexLayout exports = new FlexLayout();
    /** Consultants of the project: sets the progress score of the organisation selected in the table. */
    final Button setScore = new Button();

    private final DashboardService dashboards;
    private final DashboardExport export;
    private Dashboard dashboard;

    /** Those who follow the whole project: the quarter's self-evaluations side by side. */
    final Div selfEvaluations = new Div();
    /**
     * The evaluation's registrations over time and the attendance, for the chosen project: drawn when opened, so that an
     * open dashboard keeps no chart or grid of them until someone looks (a national project has hundreds open at once).
     */
    final Details registrations = new Details();
    private final RegistrationService registrationService;
    /** Attendance per organisation at the project's meetings. */
    final Details attendance = new Details();
    private final MeetingAttendances attendances;
    private final SelfEvaluationOverviews selfEvaluationOverviews;
    private final SelfEvaluationSettings selfEvaluationSettings;

    DashboardView(DashboardService dashboards, DashboardExport export, ChangeBus changes,
            SelfEvaluationOverviews selfEvaluationOverviews, SelfEvaluationSettings selfEvaluationSettings,
            RegistrationService registrationService, MeetingAttendances attendances) {
        this.registrationService = registrationService;
        this.attendances = attendances;
        this.selfEvaluationOverviews = selfEvaluationOverviews;
        this.selfEvaluationSettings = selfEvaluationSettings;
        // 98 organisations write at once in a national project, and every open dashboard re-reads on their
        // changes: at most once per ten seconds (the load test found two-second re-reads of every open dashboard
        // filling the portal's CPU). An organisation's own dashboard follows its own workspace only.
        LiveRefresh.whileAttached(this, changes, this::concerns, Duration.ofSeconds(10), this::load);
        this.dashboards = dashboards;
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

        configureRows();
        heatTable.addThemeVariants(GridVariant.LUMO_COMPACT);
        trendTable.addThemeVariants(GridVariant.LUMO_COMPACT);
        trendTable.setAllRowsVisible(true);
        trendTable.addColumn(m -> m.month().format(DateTimeFormatter.ofPattern("MMM yyyy", getLocale())))
                .setHeader(getTranslation("dashboard.month"));
        trendTable.addColumn(MonthCount::trialActions).setHeader(getTranslation("workspace.section.trialActions"))
                .setTextAlign(ColumnTextAlign.END);
        trendTable.addColumn(MonthCount::notes).setHeader(getTranslation("workspace.notesCount"))
                .setTextAlign(ColumnTextAlign.END);
        versionTable.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        versionScope.setLabel(getTranslation("dashboard.versionScope"));
        versionScope.setItemLabelGenerator(r -> r == ALL_ORGANISATIONS ? getTranslation("dashboard.allOrganisations")
                : r.organisation());
        versionScope.setAllowCustomValue(false);
        versionScope.setWidth("20rem");
        versionScope.addValueChangeListener(e -> compareVersionsFor(e.getValue()));
        versionTable.setAllRowsVisible(true);

        facts.addClassName("workspace-header-facts");
        exports.addClassName("portal-buttons");
        add(new H2(getTranslation("nav.dashboard")), new FlexLayout(project), facts, exports,
                section(getTranslation("dashboard.progressTitle"), filters(), rows),
                chartAboveTable(getTranslation("dashboard.heatTitle"), heatChart, heatTable),
                chartSection(getTranslation("dashboard.trendTitle"), trendChart, trendTable),
                section(getTranslation("dashboard.versionTitle"), new Paragraph(getTranslation("dashboard.versionHelp")),
                        versionScope, versionTable),
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

    /**
     * Cells are rendered in the browser from a template (a link per figure) rather than as a server-side
     * component each: 98 organisations × 9 links would otherwise keep some 900 components in memory.
     */
    private void configureRows() {
        rows.addColumn(LitRenderer.<OrganisationRow>of(LINK).withProperty("href", r -> WorkspaceRoutes.overview(r.workspaceId()))
                .withProperty("text", OrganisationRow::organisation))
                .setHeader(header("maturation.organisation")).setKey("organisation").setWidth("11rem").setFlexGrow(0).setFrozen(true)
                .setFrozen(true).setComparator(OrganisationRow::organisation).setSortable(true);
        figure("planned", "enum.TrialActionStatus.PLANNED", OrganisationRow::planned, r -> status(r, TrialActionStatus.PLANNED));
        figure("inProgress", "enum.TrialActionStatus.IN_PROGRESS", OrganisationRow::inProgress,
                r -> status(r, TrialActionStatus.IN_PROGRESS));
        figure("completed", "dashboard.completedColumn", OrganisationRow::completed,
                r -> status(r, TrialActionStatus.COMPLETED));
        figure("evaluated", "enum.TrialActionStatus.EVALUATED", OrganisationRow::evaluated,
                r -> status(r, TrialActionStatus.EVALUATED));
        figure("notesInRound", "dashboard.notesInRound", OrganisationRow::notesInRound, this::roundNotes);
        figure("newSinceWorkshop", "dashboard.newSinceWorkshop", OrganisationRow::newSinceWorkshop, this::roundNotes);
        rows.addColumn(r -> r.daysSinceActivity() == null ? "–" : String.valueOf(r.daysSinceActivity()))
                .setHeader(header("dashboard.daysSinceActivity")).setKey("daysSinceActivity")
                .setComparator(r -> r.daysSinceActivity() == null ? Integer.MAX_VALUE : r.daysSinceActivity())
                .setTextAlign(ColumnTextAlign.END).setWidth(FIGURE_WIDTH).setFlexGrow(1);
        figure("overdue", "dashboard.overdue", OrganisationRow::overdue,
                r -> WorkspaceRoutes.trialActions(r.workspaceId()) + "?overdue=true");
        rows.addColumn(LitRenderer.<OrganisationRow>of(
                "<span>${item.score}</span><span class=\"${item.trendClass}\" title=\"${item.trendTitle}\">${item.trend}</span>")
                .withProperty("score", r -> r.progressScore() == null ? "–" : decimal(r.progressScore().doubleValue()))
                .withProperty("trend", r -> switch (trend(r)) {
                    case 1 -> " ▲";
                    case -1 -> " ▼";
                    case 0 -> " ▶";
                    default -> "";
                })
                .withProperty("trendClass", r -> switch (trend(r)) {
                    case 1 -> "trend-up";
                    case -1 -> "trend-down";
                    default -> "trend-flat";
                })
                .withProperty("trendTitle", r -> r.previousScore() == null ? ""
                        : getTranslation("dashboard.previousScore", decimal(r.previousScore().doubleValue()))))
                .setHeader(header("dashboard.progressScore")).setKey("score")
                .setComparator(r -> r.progressScore() == null ? BigDecimal.ZERO : r.progressScore())
                .setWidth("6rem").setFlexGrow(0);
        rows.addColumn(LitRenderer.<OrganisationRow>of(
                "<a href=\"${item.href}\" router-link>${item.text}</a><span class=\"${item.lateClass}\">${item.late}</span>")
                .withProperty("href", r -> WorkspaceRoutes.selfEvaluation(r.workspaceId()))
                .withProperty("text", r -> r.selfEvaluation() == null ? "–"
                        : getTranslation("selfEvaluation.quarter", r.selfEvaluation().year(), r.selfEvaluation().quarter()))
                .withProperty("late", r -> r.selfEvaluationLate() ? " " + getTranslation("selfEvaluation.state.LATE") : "")
                .withProperty("lateClass", r -> r.selfEvaluationLate() ? "portal-badge late" : ""))
                .setHeader(header("dashboard.selfEvaluation")).setKey("selfEvaluation")
                .setComparator(r -> r.selfEvaluation() == null ? 0 : r.selfEvaluation().year() * 4 + r.selfEvaluation().quarter())
                .setWidth("7.5rem").setFlexGrow(0);
        rows.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        rows.addClassName("dashboard-rows");
        rows.setId("dashboard-organisations"); // the load test (load/) finds it by this id
        rows.setMultiSort(true);
        rows.setSelectionMode(Grid.SelectionMode.SINGLE);
        rows.addSelectionListener(e -> setScore.setEnabled(e.getFirstSelectedItem().isPresent()));
        setScore.setText(getTranslation("dashboard.setScore"));
        setScore.setEnabled(false);
        setScore.addClickListener(e -> rows.getSelectedItems().stream().findFirst()
                .ifPresent(row -> new ProgressScoreDialog(dashboards, row, this::load).open()));
    }

    /** 1 up, -1 down, 0 the same since the previous score; 2 when there is nothing to compare. */
    private static int trend(OrganisationRow row) {
        return row.progressScore() == null || row.previousScore() == null ? 2
                : Integer.signum(row.progressScore().compareTo(row.previousScore()));
    }

    private void figure(String key, String header, ToLongFunction<OrganisationRow> value,
            Function<OrganisationRow, String> href) {
        rows.addColumn(LitRenderer.<OrganisationRow>of(LINK).withProperty("href", href::apply)
                .withProperty("text", r -> String.valueOf(value.applyAsLong(r))))
                .setHeader(header(header)).setKey(key).setComparator(r -> value.applyAsLong(r))
                .setTextAlign(ColumnTextAlign.END).setWidth(FIGURE_WIDTH).setFlexGrow(1);
    }

    /** A column header that wraps onto two lines rather than being cut off. */
    private Span header(String key) {
        return headerText(getTranslation(key));
    }

    private static Span headerText(String text) {
        Span header = new Span(text);
        header.addClassName("grid-header-wrap");
        header.getElement().setAttribute("title", text);
        return header;
    }

    /** The organisation's notes of the round in trial (newest first, so those since the workshop lead). */
    private String roundNotes(OrganisationRow row) {
        Long version = dashboard == null ? null : dashboard.currentVersionId();
        return WorkspaceRoutes.notes(row.workspaceId()) + (version == null ? "" : "?version=" + version);
    }

    private static String status(OrganisationRow row, TrialActionStatus status) {
        return WorkspaceRoutes.trialActions(row.workspaceId()) + "?status=" + status.name();
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
        setScore.setVisible(dashboards.canScore(dashboard.projectId()));
        selfEvaluations.removeAll();
        if (dashboard.ownOrganisationOnly()) {
            selfEvaluations.add(new Paragraph(getTranslation("selfEvaluation.overviewOwnOnly")));
        } else {
            selfEvaluations.add(new SelfEvaluationOverview(selfEvaluationOverviews, selfEvaluationSettings, dashboard.projectId()));
        }
        drawEvaluation();
        applyFilter();
        showAverage();
        showHeatMap();
        showTrend();
        showVersions();
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

    private void showAverage() {
        while (!rows.getFooterRows().isEmpty()) {
            rows.removeFooterRow(rows.getFooterRows().get(0));
        }
        ProjectAverage average = dashboard.average();
        if (average == null) {
            return;
        }
        FooterRow footer = rows.appendFooterRow();
        footer.getCell(rows.getColumnByKey("organisation")).setText(getTranslation("dashboard.average"));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("planned", decimal(average.planned()));
        values.put("inProgress", decimal(average.inProgress()));
        values.put("completed", decimal(average.completed()));
        values.put("evaluated", decimal(average.evaluated()));
        values.put("notesInRound", decimal(average.notesInRound()));
        values.put("newSinceWorkshop", decimal(average.newSinceWorkshop()));
        values.put("daysSinceActivity", average.daysSinceActivity() == null ? "–" : decimal(average.daysSinceActivity()));
        values.put("overdue", decimal(average.overdue()));
        values.put("score", average.progressScore() == null ? "–" : decimal(average.progressScore().doubleValue()));
        values.forEach((key, value) -> footer.getCell(rows.getColumnByKey(key)).setText(String.valueOf(value)));
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
            heatTable.addColumn(r -> decimal(r.perCoreElement().get(element))).setHeader(headerText(elements.get(e)))
                    .setTextAlign(ColumnTextAlign.END).setWidth("7rem");
        }
        heatTable.setItems(heat);
        fitRows(heatTable, heat.size());

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
        heatChart.setOption(option);
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
            registrations.add(new RegistrationChart(registrationService, dashboard.projectId()));
        }
        if (attendance.isOpened()) {
            attendance.add(new AttendanceOverview(attendances, dashboard.projectId()));
        }
    }

    private void showTrend() {
        trendTable.setItems(dashboard.trend());
        List<String> months = dashboard.trend().stream()
                .map(m -> m.month().format(DateTimeFormatter.ofPattern("MMM yy", getLocale()))).toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("bottom", 0));
        option.put("grid", Map.of("left", 40, "right", 20, "top", 20, "bottom", 50));
        option.put("xAxis", Map.of("type", "category", "data", months));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("series", List.of(
                Map.of("name", getTranslation("workspace.section.trialActions"), "type", "line",
                        "data", dashboard.trend().stream().map(MonthCount::trialActions).toList()),
                Map.of("name", getTranslation("workspace.notesCount"), "type", "line",
                        "data", dashboard.trend().stream().map(MonthCount::notes).toList())));
        trendChart.setOption(option);
    }

    private void showVersions() {
        List<OrganisationRow> choices = new ArrayList<>();
        choices.add(ALL_ORGANISATIONS);
        if (!dashboard.ownOrganisationOnly()) {
            choices.addAll(dashboard.rows());
        }
        versionScope.setItems(choices);
        versionScope.setValue(ALL_ORGANISATIONS);
        versionScope.setVisible(choices.size() > 1);
        versionTable.removeAllColumns();
        while (versionTable.getHeaderRows().size() > 1) {
            versionTable.removeHeaderRow(versionTable.getHeaderRows().get(0));
        }
        versionTable.addColumn(VersionFigures::coreElement).setHeader(getTranslation("note.coreElement"))
                .setWidth("14rem").setFrozen(true);
        List<Grid.Column<VersionFigures>[]> groups = new ArrayList<>();
        String[] figureKeys = {"dashboard.versionTrialActions", "dashboard.versionBarriers", "dashboard.versionNotes"};
        for (String version : dashboard.versions()) {
            @SuppressWarnings("unchecked")
            Grid.Column<VersionFigures>[] group = new Grid.Column[figureKeys.length];
            for (int i = 0; i < figureKeys.length; i++) {
                int figure = i;
                group[i] = versionTable.addColumn(f -> f.perVersion().getOrDefault(version, new long[3])[figure])
                        .setHeader(header(figureKeys[i])).setTextAlign(ColumnTextAlign.END).setWidth("6.5rem");
            }
            groups.add(group);
        }
        if (!groups.isEmpty()) {
            HeaderRow versionsRow = versionTable.prependHeaderRow();
            for (int v = 0; v < groups.size(); v++) {
                versionsRow.join(groups.get(v)).setText(getTranslation("dashboard.versionHeader", dashboard.versions().get(v)));
            }
        }
        versionTable.setItems(dashboard.byVersion());
    }

    private void compareVersionsFor(OrganisationRow organisation) {
        if (dashboard == null) {
            return;
        }
        if (organisation == null) {
            // The choice typed away: every organisation together again, rather than an empty field.
            versionScope.setValue(ALL_ORGANISATIONS);
            return;
        }
        versionTable.setItems(organisation == ALL_ORGANISATIONS ? dashboard.byVersion()
                : dashboards.versionComparison(dashboard.projectId(), organisation.workspaceId()));
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
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(getLocale(), "%.1f", value);
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
