package dk.modningsportal.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.MaturationFixture;
import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.comment.CommentService;
import dk.modningsportal.comment.CommentTarget;
import dk.modningsportal.note.NoteKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkspaceExportTest extends PortalTest {

    @Autowired
    WorkspaceExport export;
    @Autowired
    MaturationFixture fixture;
    @Autowired
    CommentService comments;

    @Test
    void the_team_and_its_leader_export_their_own_workspace_with_comments_in_danish_and_nobody_else_does() throws IOException {
        var action = fixture.evaluatedTrialAction(this::loginAs, world.memberA, world.workspaceA, "Fælles morgenmøde",
                world.p1Cooperation);
        var note = fixture.note(this::loginAs, world.memberA, world.workspaceA, "Morgenmødet virker", NoteKind.WORKS_WELL,
                world.p1Cooperation);
        loginAs(world.consultantP1);
        comments.add(CommentTarget.trialAction(action.getId()), null, "Godt arbejde");
        fixture.note(this::loginAs, world.memberB, world.workspaceB, "B's egen erfaring", NoteKind.QUESTION, null);

        for (var reader : new dk.modningsportal.security.UserAccount[] {world.memberA, world.leaderA}) {
            loginAs(reader);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(world.workspaceA.getId())))) {
                assertThat(workbook.getSheet("proevehandlinger").getRow(1).getCell(2).getStringCellValue())
                        .isEqualTo("Fælles morgenmøde");
                assertThat(workbook.getSheet("proevehandlinger").getRow(1).getCell(5).getStringCellValue())
                        .isEqualTo("Evalueret");
                assertThat(workbook.getSheet("erfaringer").getLastRowNum()).as("A's note only").isEqualTo(1);
                assertThat(workbook.getSheet("erfaringer").getRow(1).getCell(6).getStringCellValue())
                        .isEqualTo("Morgenmødet virker");
                assertThat(workbook.getSheet("kommentarer").getRow(1).getCell(8).getStringCellValue())
                        .isEqualTo("Godt arbejde");
                assertThat(workbook.getSheet("kommentarer").getRow(1).getCell(5).getStringCellValue()).isEqualTo("ja");
            }
        }
        assertThat(note).isNotNull();
        loginAs(world.memberB);
        assertThatThrownBy(() -> export.xlsx(world.workspaceA.getId())).isInstanceOf(AccessRefusedException.class);
        loginAs(world.consultantP1);
        assertThat(export.mayExport(world.workspaceA.getId())).as("consultants export from the dashboard").isFalse();
        assertThatThrownBy(() -> export.xlsx(world.workspaceA.getId())).isInstanceOf(AccessRefusedException.class);
    }
}
