package dk.modningsportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.PortalTest;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteService;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyAccountTest extends PortalTest {

    @Autowired
    MyAccount myAccount;
    @Autowired
    NoteService notes;
    @Autowired
    UserDirectory directory;

    @Test
    void a_changed_name_shows_at_once_where_names_are_kept_a_while() {
        loginAs(world.memberA);
        long me = world.memberA.getId();
        assertThat(directory.displayNameOf(me)).isEqualTo("Anna A");
        MyAccount.Profile profile = myAccount.profile();
        myAccount.update(profile.version(), "Anna Andersen", profile.email(), profile.language());
        assertThat(directory.displayNameOf(me)).isEqualTo("Anna Andersen");
        assertThat(directory.displayNamesOf(List.of(me, world.memberB.getId()))).containsEntry(me, "Anna Andersen")
                .hasSize(2);
    }

    @Test
    void a_person_downloads_what_they_wrote_and_what_the_log_holds_about_them_and_nobody_elses() throws Exception {
        loginAs(world.memberA);
        notes.capture(world.workspaceA.getId(), "Forældrene kom om eftermiddagen", NoteKind.WORKS_WELL, null);
        loginAs(world.memberB);
        notes.capture(world.workspaceB.getId(), "B's egen erfaring", NoteKind.HINDERS, null);
        loginAs(world.memberA);
        byte[] file = myAccount.exportPersonalData();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).contains("konto", "prøvehandlinger", "erfaringer", "kommentarer", "notifikationer",
                    "revisionslog");
            assertThat(workbook.getSheet("konto").getRow(1).getCell(0).getStringCellValue()).isEqualTo("member.a");
            Sheet written = workbook.getSheet("erfaringer");
            assertThat(written.getLastRowNum()).isEqualTo(1);
            assertThat(written.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Forældrene kom om eftermiddagen");
        }
    }
}
