package dk.modningsportal.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import dk.modningsportal.dashboard.Dashboard.OrganisationRow;
import dk.modningsportal.dashboard.Dashboard.ProjectAverage;
import dk.modningsportal.dashboard.ProgressScores;
import dk.modningsportal.note.NoteRoutes;
import dk.modningsportal.project.WorkspaceRoutes;
import dk.modningsportal.selfevaluation.SelfEvaluationRoutes;
import dk.modningsportal.trialaction.TrialActionRoutes;
import dk.modningsportal.trialaction.TrialActionStatus;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The project's progress, an organisation per row: trial actions by status, the round's notes, days since
 * activity, overdue trial actions, the progress score and its trend, the latest self-evaluation; each figure a
 * link to the list behind it, the project's average in the footer.
 */
class ProgressTable extends Grid<OrganisationRow> {

    private static final String FIGURE_WIDTH = "4.75rem";
    private static final String LINK = "<a href=\"${item.href}\" router-link>${item.text}</a>";
    private final Supplier<Long> currentVersionId;

    /**
     * Cells are rendered in the browser from a template (a link per figure) rather than as a server-side
     * component each: 98 organisations × 9 links would otherwise keep some 900 components in memory.
     */
    ProgressTable(ProgressScores scores, Button setScore, Supplier<Long> currentVersionId, Runnable scored) {
        this.currentVersionId = currentVersionId;
        addColumn(LitRenderer.<OrganisationRow>of(LINK).withProperty("href", r -> WorkspaceRoutes.overview(r.workspaceId()))
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
        addColumn(r -> r.daysSinceActivity() == null ? "–" : String.valueOf(r.daysSinceActivity()))
                .setHeader(header("dashboard.daysSinceActivity")).setKey("daysSinceActivity")
                .setComparator(r -> r.daysSinceActivity() == null ? Integer.MAX_VALUE : r.daysSinceActivity())
                .setTextAlign(ColumnTextAlign.END).setWidth(FIGURE_WIDTH).setFlexGrow(1);
        figure("overdue", "dashboard.overdue", OrganisationRow::overdue,
                r -> TrialActionRoutes.trialActions(r.workspaceId()) + "?overdue=true");
        addColumn(LitRenderer.<OrganisationRow>of(
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
        addColumn(LitRenderer.<OrganisationRow>of(
                "<a href=\"${item.href}\" router-link>${item.text}</a><span class=\"${item.lateClass}\">${item.late}</span>")
                .withProperty("href", r -> SelfEvaluationRoutes.selfEvaluation(r.workspaceId()))
                .withProperty("text", r -> r.selfEvaluation() == null ? "–"
                        : getTranslation("selfEvaluation.quarter", r.selfEvaluation().year(), r.selfEvaluation().quarter()))
                .withProperty("late", r -> r.selfEvaluationLate() ? " " + getTranslation("selfEvaluation.state.LATE") : "")
                .withProperty("lateClass", r -> r.selfEvaluationLate() ? "portal-badge late" : ""))
                .setHeader(header("dashboard.selfEvaluation")).setKey("selfEvaluation")
                .setComparator(r -> r.selfEvaluation() == null ? 0 : r.selfEvaluation().year() * 4 + r.selfEvaluation().quarter())
                .setWidth("7.5rem").setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addClassName("dashboard-rows");
        setId("dashboard-organisations"); // the load test (load/) finds it by this id
        setMultiSort(true);
        setSelectionMode(Grid.SelectionMode.SINGLE);
        addSelectionListener(e -> setScore.setEnabled(e.getFirstSelectedItem().isPresent()));
        setScore.setText(getTranslation("dashboard.setScore"));
        setScore.setEnabled(false);
        setScore.addClickListener(e -> getSelectedItems().stream().findFirst()
                .ifPresent(row -> new ProgressScoreDialog(scores, row, scored).open()));
    }

    /** 1 up, -1 down, 0 the same since the previous score; 2 when there is nothing to compare. */
    private static int trend(OrganisationRow row) {
        return row.progressScore() == null || row.previousScore() == null ? 2
                : Integer.signum(row.progressScore().compareTo(row.previousScore()));
    }

    private void figure(String key, String header, ToLongFunction<OrganisationRow> value,
            Function<OrganisationRow, String> href) {
        addColumn(LitRenderer.<OrganisationRow>of(LINK).withProperty("href", href::apply)
                .withProperty("text", r -> String.valueOf(value.applyAsLong(r))))
                .setHeader(header(header)).setKey(key).setComparator(r -> value.applyAsLong(r))
                .setTextAlign(ColumnTextAlign.END).setWidth(FIGURE_WIDTH).setFlexGrow(1);
    }

    /** A column header that wraps onto two lines rather than being cut off. */
    private Span header(String key) {
        return headerText(getTranslation(key));
    }

    static Span headerText(String text) {
        Span header = new Span(text);
        header.addClassName("grid-header-wrap");
        header.getElement().setAttribute("title", text);
        return header;
    }

    /** The organisation's notes of the round in trial (newest first, so those since the workshop lead). */
    private String roundNotes(OrganisationRow row) {
        Long version = currentVersionId.get();
        return NoteRoutes.notes(row.workspaceId()) + (version == null ? "" : "?version=" + version);
    }

    private static String status(OrganisationRow row, TrialActionStatus status) {
        return TrialActionRoutes.trialActions(row.workspaceId()) + "?status=" + status.name();
    }

    /** The project's average of each figure, in the footer (none without organisations). */
    void showAverage(ProjectAverage average) {
        while (!getFooterRows().isEmpty()) {
            removeFooterRow(getFooterRows().get(0));
        }
        if (average == null) {
            return;
        }
        FooterRow footer = appendFooterRow();
        footer.getCell(getColumnByKey("organisation")).setText(getTranslation("dashboard.average"));
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
        values.forEach((key, value) -> footer.getCell(getColumnByKey(key)).setText(String.valueOf(value)));
    }

    private String decimal(double value) {
        return DashboardView.decimal(value, getLocale());
    }
}
