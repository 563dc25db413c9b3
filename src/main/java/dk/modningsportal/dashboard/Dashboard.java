package dk.modningsportal.dashboard;

import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.selfevaluation.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Everything one project's dashboard shows, computed from aggregates. */
public record Dashboard(long projectId, String projectName, String phase, String currentVersion, Long currentVersionId,
        LocalDate lastWorkshop, List<OrganisationRow> rows, ProjectAverage average, List<String> coreElements,
        List<HeatRow> heatRows, List<MonthCount> trend, List<String> versions, List<VersionFigures> byVersion,
        boolean ownOrganisationOnly) {

    /** One organisation's progress. Counts are of its workspace in the project. */
    public record OrganisationRow(long workspaceId, String organisation, OrganisationKind kind, long planned,
            long inProgress, long completed, long evaluated, long notesInRound, long newSinceWorkshop,
            Integer daysSinceActivity, long overdue, BigDecimal progressScore, BigDecimal previousScore,
            Quarter selfEvaluation, boolean selfEvaluationLate) {

        public long trialActions() {
            return planned + inProgress + completed + evaluated;
        }
    }

    /** The mean over every organisation of the project (also those the viewer may not see by name). */
    public record ProjectAverage(double planned, double inProgress, double completed, double evaluated,
            double notesInRound, double newSinceWorkshop, Double daysSinceActivity, double overdue,
            BigDecimal progressScore) {
    }

    /** One organisation's (or the average's) notes of the current round per core element, in {@link #coreElements()} order. */
    public record HeatRow(String label, List<Double> perCoreElement) {
    }

    public record MonthCount(YearMonth month, long trialActions, long notes) {
    }

    /** Per core element under one version: trial actions, barriers (hindering notes) and notes. */
    public record VersionFigures(String coreElement, Map<String, long[]> perVersion) {
    }
}
