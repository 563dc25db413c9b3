package dk.modningsportal.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.modningsportal.dashboard.Dashboard;
import dk.modningsportal.dashboard.Dashboard.OrganisationRow;
import dk.modningsportal.dashboard.Dashboard.VersionFigures;
import dk.modningsportal.dashboard.DashboardService;
import java.util.ArrayList;
import java.util.List;

/**
 * Versions side by side: per core element, the trial actions, barriers and notes under each version, for every
 * organisation together or for one of them.
 */
class VersionComparison extends Div {

    /** The choice of every organisation together. */
    private static final OrganisationRow ALL_ORGANISATIONS = new OrganisationRow(0, "", null, 0, 0, 0, 0, 0, 0, null, 0,
            null, null, null, false);
    private static final String[] FIGURES = {"dashboard.versionTrialActions", "dashboard.versionBarriers",
            "dashboard.versionNotes"};

    /** A combo box, not a select: a select keeps a component per choice (98 organisations in a national project). */
    final ComboBox<OrganisationRow> scope = new ComboBox<>();
    final Grid<VersionFigures> table = new Grid<>();
    private final DashboardService dashboards;
    private Dashboard dashboard;

    VersionComparison(DashboardService dashboards) {
        this.dashboards = dashboards;
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        scope.setLabel(getTranslation("dashboard.versionScope"));
        scope.setItemLabelGenerator(r -> r == ALL_ORGANISATIONS ? getTranslation("dashboard.allOrganisations")
                : r.organisation());
        scope.setAllowCustomValue(false);
        scope.setWidth("20rem");
        scope.addValueChangeListener(e -> compareFor(e.getValue()));
        add(new Paragraph(getTranslation("dashboard.versionHelp")), scope, table);
    }

    void show(Dashboard shown) {
        dashboard = shown;
        List<OrganisationRow> choices = new ArrayList<>();
        choices.add(ALL_ORGANISATIONS);
        if (!dashboard.ownOrganisationOnly()) {
            choices.addAll(dashboard.rows());
        }
        scope.setItems(choices);
        scope.setValue(ALL_ORGANISATIONS);
        scope.setVisible(choices.size() > 1);
        table.removeAllColumns();
        while (table.getHeaderRows().size() > 1) {
            table.removeHeaderRow(table.getHeaderRows().get(0));
        }
        table.addColumn(VersionFigures::coreElement).setHeader(getTranslation("note.coreElement"))
                .setWidth("14rem").setFrozen(true);
        List<Grid.Column<VersionFigures>[]> groups = new ArrayList<>();
        for (String version : dashboard.versions()) {
            @SuppressWarnings("unchecked")
            Grid.Column<VersionFigures>[] group = new Grid.Column[FIGURES.length];
            for (int i = 0; i < FIGURES.length; i++) {
                int figure = i;
                group[i] = table.addColumn(f -> f.perVersion().getOrDefault(version, new long[3])[figure])
                        .setHeader(ProgressTable.headerText(getTranslation(FIGURES[i])))
                        .setTextAlign(ColumnTextAlign.END).setWidth("6.5rem");
            }
            groups.add(group);
        }
        if (!groups.isEmpty()) {
            HeaderRow versionsRow = table.prependHeaderRow();
            for (int v = 0; v < groups.size(); v++) {
                versionsRow.join(groups.get(v)).setText(getTranslation("dashboard.versionHeader", dashboard.versions().get(v)));
            }
        }
        table.setItems(dashboard.byVersion());
    }

    private void compareFor(OrganisationRow organisation) {
        if (dashboard == null) {
            return;
        }
        if (organisation == null) {
            // The choice typed away: every organisation together again, rather than an empty field.
            scope.setValue(ALL_ORGANISATIONS);
            return;
        }
        table.setItems(organisation == ALL_ORGANISATIONS ? dashboard.byVersion()
                : dashboards.versionComparison(dashboard.projectId(), organisation.workspaceId()));
    }

}
