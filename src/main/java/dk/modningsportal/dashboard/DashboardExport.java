package dk.modningsportal.dashboard;

import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.base.Languages;
import dk.modningsportal.export.ReadableCells;
import dk.modningsportal.export.Spreadsheets.Table;
import dk.modningsportal.export.Spreadsheets;
import dk.modningsportal.dashboard.Dashboard.OrganisationRow;
import dk.modningsportal.evaluation.EvaluationExport;
import dk.modningsportal.maturation.ChangeLog;
import dk.modningsportal.meeting.MeetingAttendances;
import dk.modningsportal.meeting.MeetingExport;
import dk.modningsportal.note.NoteQueries;
import dk.modningsportal.plan.PlanCriteria;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import dk.modningsportal.selfevaluation.SelfEvaluationOverviews;
import dk.modningsportal.trialaction.TrialActionQueries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluators' exports: the dashboard's figures, and a project's full data (trial actions, notes, self-evaluations,
 * figures, registrations, questionnaires, time and costs, meetings with minutes and outcomes, attendance, success
 * criteria and the version change log, and a sheet that explains every column) as one XLSX workbook with a sheet per
 * kind, or as CSV files in a zip. Rows are streamed
 * from projection queries, so a national-scale project never sits in memory as entities.
 */
@Service
@Transactional(readOnly = true)
public class DashboardExport {

    /** A table to write: its name, header and rows, produced lazily. */
    private final DashboardService dashboards;
    private final CurrentUser currentUser;
    private final NoteQueries noteQueries;
    private final TrialActionQueries trialActionQueries;
    private final SelfEvaluationOverviews selfEvaluationOverviews;
    private final ApplicationEventPublisher events;
    private final I18NProvider i18n;
    private final EvaluationExport evaluationExport;
    private final MeetingExport meetingExport;
    private final MeetingAttendances attendances;
    private final PlanCriteria plans;
    private final ChangeLog changeLog;

    DashboardExport(DashboardService dashboards, CurrentUser currentUser, NoteQueries noteQueries,
            TrialActionQueries trialActionQueries, SelfEvaluationOverviews selfEvaluationOverviews,
            ApplicationEventPublisher events, I18NProvider i18n, EvaluationExport evaluationExport,
            MeetingExport meetingExport, MeetingAttendances attendances, PlanCriteria plans, ChangeLog changeLog) {
        this.meetingExport = meetingExport;
        this.attendances = attendances;
        this.plans = plans;
        this.changeLog = changeLog;
        this.i18n = i18n;
        this.evaluationExport = evaluationExport;
        this.events = events;
        this.dashboards = dashboards;
        this.currentUser = currentUser;
        this.noteQueries = noteQueries;
        this.trialActionQueries = trialActionQueries;
        this.selfEvaluationOverviews = selfEvaluationOverviews;
    }

    /** Logs the download once the file is made (a refused export leaves no entry). */
    private byte[] exported(long projectId, String file, byte[] content) {
        events.publishEvent(Audited.of(AuditAction.EXPORT_DOWNLOADED, Audited.PROJECT, projectId, file, null));
        return content;
    }

    /** Whether the current user may export (evaluators, and Socialstyrelsen's consultants and leaders). */
    public boolean canExport() {
        PortalUser user = currentUser.get().orElse(null);
        return user != null && (user.role() == Role.EVALUATOR
                || (user.isNationalAgency() && (user.role() == Role.CONSULTANT || user.role() == Role.LEADER)));
    }

    public byte[] figuresCsv(long projectId) {
        return exported(projectId, "figures.csv", csv(figures(projectId)));
    }

    public byte[] figuresXlsx(long projectId) {
        return exported(projectId, "figures.xlsx", xlsx(List.of(figures(projectId))));
    }

    /** Every trial action and note of the project, and the figures: evaluators only. */
    public byte[] fullXlsx(long projectId) {
        return exported(projectId, "full.xlsx", xlsx(full(projectId)));
    }

    /** The same as CSV files (one per kind) in a zip. */
    public byte[] fullCsvZip(long projectId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Table table : full(projectId)) {
                zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
                zip.write(csv(table));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exported(projectId, "full-csv.zip", out.toByteArray());
    }

    private List<Table> full(long projectId) {
        PortalUser user = currentUser.require();
        if (user.role() != Role.EVALUATOR) {
            throw new AccessRefusedException("error.dashboardRefused", user + " may not export project " + projectId);
        }
        dashboards.requireDashboard(user, projectId);
        List<Table> tables = new ArrayList<>(List.of(trialActions(projectId), notes(projectId), selfEvaluations(projectId),
                figures(projectId)));
        tables.addAll(evaluationExport.tables(projectId));
        tables.add(new Table("moeder", List.of("moede", "type", "organisation", "dag", "starter", "minutter", "sted", "status",
                "offentliggjort", "offentliggjort_af"), sink -> meetingExport.meetingRows(projectId, sink)));
        tables.add(new Table("referater", List.of("moede", "dag", "punkt_nr", "punkt", "ansvarlig", "referat", "udfald_type",
                "udfald", "udfald_ansvarlig", "udfald_frist", "udfald_organisation"),
                sink -> meetingExport.minutesRows(projectId, sink)));
        tables.add(new Table("fremmoede", List.of("moede", "type", "dag", "organisation", "inviteret", "moedt", "andre_slags",
                "andre_antal"), sink -> attendances.exportRows(projectId, sink)));
        tables.add(new Table("succeskriterier", List.of("aktivitet", "type", "dag", "organisation", "kriterie", "opfyldt",
                "opfyldt_af", "opfyldt_dato"), sink -> plans.criteriaRows(projectId, sink)));
        tables.add(new Table("aendringslog", List.of("version", "beslutning", "kerneelement", "nyt_navn", "ny_tekst",
                "begrundelse", "tema", "workshop", "besluttet", "besluttet_af", "erfaringer", "proevehandlinger",
                "organisationer"), sink -> changeLog.exportRows(projectId, sink)));
        tables.add(0, explanation(tables));
        return tables;
    }

    /**
     * The first sheet: what every other sheet's columns hold, in the exporter's language, and that the small counts
     * are included as they are.
     */
    private Table explanation(List<Table> described) {
        List<Table> tables = List.copyOf(described);
        java.util.Locale locale = currentUser.get().map(u -> "en".equals(u.language())).orElse(false)
                ? Languages.ENGLISH : Languages.DANISH;
        return new Table("forklaring", List.of(i18n.getTranslation("export.sheet", locale),
                i18n.getTranslation("export.column", locale), i18n.getTranslation("export.meaning", locale)), sink -> {
                    sink.accept(List.of("", "", i18n.getTranslation("export.smallNumbersIncluded", locale)));
                    for (Table table : tables) {
                        for (String column : table.header()) {
                            sink.accept(List.of(table.name(), column,
                                    i18n.getTranslation("export.column." + table.name() + "." + column, locale)));
                        }
                    }
                });
    }

    private Table figures(long projectId) {
        if (!canExport()) {
            throw new AccessRefusedException("error.dashboardRefused", "Export of project " + projectId);
        }
        Dashboard dashboard = dashboards.build(projectId);
        return new Table("noegletal", List.of("organisation", "planlagt", "i_gang", "gennemfoert", "evalueret",
                "erfaringer_i_runden", "nye_siden_workshop", "dage_siden_aktivitet", "overskredne", "fremdriftsscore"),
                sink -> dashboard.rows().forEach(r -> sink.accept(figureRow(r))));
    }

    private static List<Object> figureRow(OrganisationRow r) {
        List<Object> row = new ArrayList<>();
        row.add(r.organisation());
        row.add(r.planned());
        row.add(r.inProgress());
        row.add(r.completed());
        row.add(r.evaluated());
        row.add(r.notesInRound());
        row.add(r.newSinceWorkshop());
        row.add(r.daysSinceActivity());
        row.add(r.overdue());
        row.add(r.progressScore());
        return row;
    }

    private Table trialActions(long projectId) {
        return new Table("proevehandlinger", List.of("id", "organisation", "titel", "maal", "aktivitet", "status",
                "start", "slut", "version", "kerneelementer", "hvad_skete", "laering", "beslutning", "naeste_skridt",
                "tilpasning_planlagt", "tilpasning_hvem", "tilpasning_hvad", "tilpasning_troskab", "tilpasning_hvorfor",
                "oprettet", "aendret"), sink -> trialActionQueries.exportRows(projectId, sink));
    }

    private Table notes(long projectId) {
        return new Table("erfaringer", List.of("id", "organisation", "type", "kilde", "kerneelement", "version",
                "erfaring", "uddybning", "proevehandling_id", "oprettet"), sink -> noteQueries.exportRows(projectId, sink));
    }

    /** The submitted self-evaluations, one row per form and core element (a correction is a further revision). */
    private Table selfEvaluations(long projectId) {
        return new Table("selvevalueringer", List.of("id", "organisation", "aar", "kvartal", "revision", "indsendt",
                "kerneelement", "status", "forklaring", "driver", "haemmer", "refleksioner", "timer_i_kvartalet",
                "kvartal_proevehandlinger_startet", "kvartal_proevehandlinger_gennemfoert", "kvartal_proevehandlinger_evalueret",
                "kvartal_beslutninger", "kvartal_erfaringer"),
                sink -> selfEvaluationOverviews.exportRows(projectId, sink));
    }

    private byte[] csv(Table table) {
        return Spreadsheets.csv(table, cells());
    }

    private byte[] xlsx(List<Table> tables) {
        return Spreadsheets.xlsx(tables, cells());
    }

    /** Cells in the language of the person exporting: labels, decimals and dates as they read them. */
    private ReadableCells cells() {
        boolean english = currentUser.get().map(u -> "en".equals(u.language())).orElse(false);
        return new ReadableCells(english ? Languages.ENGLISH : Languages.DANISH, i18n);
    }
}
