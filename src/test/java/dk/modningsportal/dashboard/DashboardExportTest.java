package dk.modningsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.MaturationFixture;
import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.selfevaluation.AnswerKey;
import dk.modningsportal.selfevaluation.ImplementationStatus;
import dk.modningsportal.selfevaluation.Quarter;
import dk.modningsportal.selfevaluation.SelfEvaluationService;
import dk.modningsportal.evaluation.MeasurePreset;
import dk.modningsportal.evaluation.Measures;
import dk.modningsportal.evaluation.RegistrationService;
import dk.modningsportal.evaluation.StaffRole;
import dk.modningsportal.evaluation.TimeAndCostService;
import dk.modningsportal.evaluation.TimeCategory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The evaluators' exports, opened again with POI and read as a person would. */
class DashboardExportTest extends PortalTest {

    @Autowired
    TimeAndCostService time;
    @Autowired
    RegistrationService registrations;

    @Autowired
    Measures measureDefinitions;
    @Autowired
    DashboardExport export;
    @Autowired
    MaturationFixture fixture;
    @Autowired
    SelfEvaluationService selfEvaluations;

    @BeforeEach
    void work() {
        fixture.note(this::loginAs, world.memberA, world.workspaceA, "Forældrene kom til mødet", NoteKind.WORKS_WELL,
                world.p1Cooperation);
        fixture.evaluatedTrialAction(this::loginAs, world.memberB, world.workspaceB, "Fælles sagsgennemgang",
                world.p1Recruitment);
        loginAs(world.projectLeaderA);
        var form = selfEvaluations.open(world.workspaceA.getId(), Quarter.of(java.time.LocalDate.now(clock)));
        form = selfEvaluations.saveAnswer(form.id(), new AnswerKey.Status(world.p1Cooperation.getId()), "",
                ImplementationStatus.MOSTLY.name());
        form = selfEvaluations.saveAnswer(form.id(), new AnswerKey.Status(world.p1Recruitment.getId()), "",
                ImplementationStatus.STARTING.name());
        form = selfEvaluations.saveAnswer(form.id(), AnswerKey.Text.DRIVERS, "", "Ledelsen");
        form = selfEvaluations.saveAnswer(form.id(), AnswerKey.Text.BARRIERS, "", "Afstande");
        selfEvaluations.submit(form.id(), form.version());
        time.save(world.workspaceA.getId(), java.time.LocalDate.now(clock), Map.of(StaffRole.PROJECT_LEADER,
                Map.of(TimeCategory.MEETINGS, new java.math.BigDecimal("7.5"))), Map.of(), -1);
        loginAs(world.evaluator);
        long enrolled = measureDefinitions.defineFromPreset(world.p1.getId(), MeasurePreset.PARTICIPANTS_ENROLLED, null, null);
        loginAs(world.projectLeaderA);
        registrations.report(world.workspaceA.getId(), java.time.LocalDate.now(clock).minusMonths(1),
                Map.of(enrolled, 3), new java.util.HashMap<>());
    }

    @Test
    void the_full_workbook_has_a_sheet_per_kind_with_the_projects_items() throws IOException {
        loginAs(world.evaluator);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.fullXlsx(world.p1.getId())))) {
            assertThat(workbook.getSheet("proevehandlinger").getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("Fælles sagsgennemgang");
            assertThat(workbook.getSheet("proevehandlinger").getRow(1).getCell(9).getStringCellValue())
                    .isEqualTo("Rekruttering");
            Sheet notes = workbook.getSheet("erfaringer");
            assertThat(notes.getLastRowNum()).isEqualTo(1);
            assertThat(notes.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Forældrene kom til mødet");
            Sheet selfEvaluated = workbook.getSheet("selvevalueringer");
            assertThat(selfEvaluated.getLastRowNum()).as("one row per core element").isEqualTo(2);
            assertThat(selfEvaluated.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Kommune A");
            assertThat(selfEvaluated.getRow(1).getCell(7).getStringCellValue()).as("in Danish, as the form says it")
                    .isEqualTo("Overvejende implementeret");
            assertThat(selfEvaluated.getRow(1).getCell(12).getNumericCellValue()).isEqualTo(7.5);
            Sheet registered = workbook.getSheet("registreringer");
            assertThat(registered.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Deltagere indskrevet");
            assertThat(registered.getRow(1).getCell(6).getNumericCellValue()).as("the evaluator's export holds small counts")
                    .isEqualTo(3);
            Sheet explained = workbook.getSheet("forklaring");
            assertThat(workbook.getSheetIndex("forklaring")).as("the explanation comes first").isZero();
            assertThat(explained.getRow(1).getCell(2).getStringCellValue()).contains("små tal (1–4)");
            java.util.List<String> explainedColumns = new java.util.ArrayList<>();
            explained.forEach(row -> explainedColumns.add(row.getCell(0).getStringCellValue() + "."
                    + row.getCell(1).getStringCellValue() + "=" + row.getCell(2).getStringCellValue()));
            assertThat(explainedColumns).contains("registreringer.antal=Antal (også de små, 1–4)")
                    .noneMatch(c -> c.endsWith("=") || c.contains("export.column"));
            Sheet figures = workbook.getSheet("noegletal");
            assertThat(figures.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Kommune A");
            assertThat(figures.getRow(1).getCell(5).getNumericCellValue()).as("notes in the round").isEqualTo(1);
            assertThat(figures.getRow(2).getCell(4).getNumericCellValue()).as("B's evaluated").isEqualTo(1);
        }
    }

    @Test
    void the_csv_zip_holds_one_file_per_kind_that_excel_reads_in_danish() throws IOException {
        loginAs(world.evaluator);
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export.fullCsvZip(world.p1.getId())))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsOnlyKeys("forklaring.csv", "proevehandlinger.csv", "erfaringer.csv",
                "selvevalueringer.csv", "noegletal.csv", "registreringer.csv", "spoergeskemaer.csv", "tid_og_udgifter.csv",
                "omkostninger.csv", "moeder.csv", "referater.csv", "fremmoede.csv", "succeskriterier.csv",
                "aendringslog.csv");
        assertThat(files.get("erfaringer.csv")).startsWith("\uFEFFid;organisation;type")
                .contains("Forældrene kom til mødet");
        // What a person reads is Danish: labels, not constants; decimal commas; Danish dates.
        assertThat(files.get("proevehandlinger.csv")).contains(";Evalueret;").doesNotContain("EVALUATED");
        assertThat(files.get("selvevalueringer.csv")).contains(";7,5").doesNotContain("MOSTLY");
        assertThat(files.get("erfaringer.csv")).containsPattern(";\\d{2}-\\d{2}-20\\d{2} \\d{2}:\\d{2}");
    }

    @Test
    void a_text_that_a_spreadsheet_would_run_as_a_formula_stays_text_in_the_csv() throws IOException {
        fixture.note(this::loginAs, world.memberA, world.workspaceA, "=HYPERLINK(\"http://x.example\";\"klik\")",
                NoteKind.QUESTION, world.p1Cooperation);
        loginAs(world.evaluator);
        String notes = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export.fullCsvZip(world.p1.getId())))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("erfaringer.csv")) {
                    notes = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(notes).contains("'=HYPERLINK").doesNotContain(";\"=HYPERLINK").doesNotContain(";=HYPERLINK");
    }

    @Test
    void socialstyrelsen_exports_the_figures_but_only_evaluators_the_full_data() {
        loginAs(world.consultantP1);
        assertThat(export.canExport()).isTrue();
        assertThat(new String(export.figuresCsv(world.p1.getId()), StandardCharsets.UTF_8)).contains("Kommune A;");
        assertThatThrownBy(() -> export.fullXlsx(world.p1.getId())).isInstanceOf(AccessRefusedException.class);

        loginAs(world.leaderA);
        assertThat(export.canExport()).isFalse();
        assertThatThrownBy(() -> export.figuresXlsx(world.p1.getId())).isInstanceOf(AccessRefusedException.class);

        loginAs(world.consultantP2);
        assertThatThrownBy(() -> export.figuresCsv(world.p1.getId())).isInstanceOf(AccessRefusedException.class);
    }
}
