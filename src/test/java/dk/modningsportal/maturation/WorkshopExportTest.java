package dk.modningsportal.maturation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.MaturationFixture;
import dk.modningsportal.PdfText;
import dk.modningsportal.PortalTest;
import dk.modningsportal.maturation.BoardItem.ItemType;
import dk.modningsportal.maturation.MaturationDecisions.DecisionInput;
import dk.modningsportal.maturation.BoardThemes.ThemeRow;
import dk.modningsportal.maturation.WorkshopService.WorkshopInfo;
import dk.modningsportal.note.NoteInput;
import dk.modningsportal.note.NoteKind;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkshopExportTest extends PortalTest {

    @Autowired
    WorkshopService workshopService;

    @Autowired
    BoardThemes boardThemes;

    @Autowired
    WorkshopBoard workshopBoard;
    @Autowired
    dk.modningsportal.maturation.MaturationDecisions decisions;
    @Autowired
    WorkshopExport export;
    @Autowired
    MaturationFixture fixture;

    private WorkshopInfo workshop;

    @BeforeEach
    void prepareWorkshop() {
        NoteInput note = fixture.note(this::loginAs, world.memberA, world.workspaceA,
                "Forældrene kom, da mødet blev flyttet til eftermiddagen", NoteKind.WORKS_WELL, world.p1Cooperation);
        loginAs(world.consultantP1);
        workshop = workshopService.createWorkshop(world.p1.getId(), world.p1v2.getId(), "Modningsworkshop 2",
                LocalDate.of(2026, 12, 14));
        ThemeRow theme = boardThemes.createTheme(workshop.id(), "Tid på dagen betyder noget");
        workshopBoard.assignTheme(workshop.id(), new BoardItem.ItemRef(ItemType.NOTE, note.getId()), theme.id());
        boardThemes.updateTheme(theme.id(), theme.version(), theme.title(), "Eftermiddage passer familierne bedst.");
        decisions.decide(theme.id(), new DecisionInput(DecisionKind.CHANGE_ELEMENT, world.p1Cooperation.getId(), null,
                "Møder med familier lægges om eftermiddagen.", "Flere forældre deltog om eftermiddagen."));
    }

    @Test
    void workshop_pack_in_word_holds_the_input_by_core_element_and_theme() throws Exception {
        String text = docxText(export.packDocx(workshop.id()));
        assertThat(text).contains("Workshoppakke: Modningsworkshop 2",
                "Projekt: Projekt Et. Afprøvningsrunde: version 2.0. Dato: 14. december 2026.",
                "Indsamlede erfaringer pr. kerneelement", "Samarbejde",
                "Kommune A (Virker godt): Forældrene kom, da mødet blev flyttet til eftermiddagen",
                "Tid på dagen betyder noget", "Eftermiddage passer familierne bedst.");
    }

    @Test
    void decisions_in_pdf_hold_each_decision_with_its_reason_and_the_change_log_in_danish() throws Exception {
        String text = PdfText.of(export.decisionsPdf(workshop.id()));
        assertThat(text).contains("Beslutninger: Modningsworkshop 2", "Tid på dagen betyder noget",
                "Kerneelement ændret: Samarbejde", "Møder med familier lægges om eftermiddagen.",
                "Begrundelse: Flere forældre deltog om eftermiddagen.", "Ændringslog for version 3.0");
        assertThat(PdfText.of(export.packPdf(workshop.id()))).contains("Forældrene kom");
        assertThat(docxText(export.decisionsDocx(workshop.id()))).contains("Ændringslog for version 3.0");
    }

    private static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
