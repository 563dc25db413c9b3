package dk.modningsportal.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ValidationFailedException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MaterialServiceTest extends PortalTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    MaterialService materials;

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] docx() throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Vejledning til fritidsguider");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zipPretendingToBeDocx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("payload.exe"));
            zip.write(new byte[] {'M', 'Z', 0, 0});
        }
        return out.toByteArray();
    }

    @Test
    void consultant_uploads_pdf_and_word_files_whose_content_is_what_it_claims() throws Exception {
        loginAs(world.consultantP1);
        long ws = world.workspaceA.getId();
        long version = world.p1v2.getId();
        assertThat(materials.upload(ws, version, "Indsatsbeskrivelse.pdf", pdf()).contentType()).isEqualTo("application/pdf");
        assertThat(materials.upload(ws, version, "Vejledning.docx", docx()).contentType()).isEqualTo(DOCX);

        assertThat(refusal(() -> materials.upload(ws, version, "plan.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("material.typeRefused");
        byte[] fakeDocx = zipPretendingToBeDocx();
        assertThat(refusal(() -> materials.upload(ws, version, "skabelon.docx", fakeDocx)))
                .isEqualTo("material.typeRefused");
        assertThat(refusal(() -> materials.upload(ws, version, "program.exe", new byte[] {'M', 'Z', 0, 0})))
                .isEqualTo("material.typeRefused");

        loginAs(world.memberA);
        assertThat(materials.list(ws, version)).extracting(MaterialService.MaterialRow::fileName)
                .containsExactly("Indsatsbeskrivelse.pdf", "Vejledning.docx");
        long pdfId = materials.list(ws, version).get(0).id();
        assertThat(materials.download(ws, pdfId).data()).isEqualTo(pdf());
    }

    @Test
    void team_members_and_other_projects_consultants_cannot_upload() {
        loginAs(world.memberA);
        assertThatThrownBy(() -> materials.upload(world.workspaceA.getId(), world.p1v2.getId(), "a.pdf", pdf()))
                .isInstanceOf(AccessRefusedException.class);
        loginAs(world.consultantP2);
        assertThatThrownBy(() -> materials.upload(world.workspaceC.getId(), world.p1v2.getId(), "a.pdf", pdf()))
                .isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> materials.upload(world.workspaceA.getId(), world.p1v2.getId(), "a.pdf", pdf()))
                .isInstanceOf(AccessRefusedException.class);
    }

    /** A real DOCX with one more part: a few kilobytes that unpack to 80 MB of zeros. */
    private static byte[] docxBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out);
                java.util.zip.ZipInputStream real = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx()))) {
            for (ZipEntry entry = real.getNextEntry(); entry != null; entry = real.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(real.readAllBytes());
            }
            zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 80; i++) {
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }

    @Test
    void a_file_must_be_named_for_what_it_is_and_must_not_unpack_beyond_reason() throws Exception {
        loginAs(world.consultantP1);
        long ws = world.workspaceA.getId();
        long version = world.p1v2.getId();
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        assertThat(refusal(() -> materials.upload(ws, version, "referat.pdf", png))).isEqualTo("material.nameMismatch");
        assertThat(materials.upload(ws, version, "billede.png", png).contentType()).isEqualTo("image/png");
        byte[] bomb = docxBomb();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(refusal(() -> materials.upload(ws, version, "stor.docx", bomb))).isEqualTo("material.typeRefused");
    }

    @Test
    void those_who_upload_remove_a_file_and_the_team_cannot() {
        loginAs(world.consultantP1);
        long ws = world.workspaceA.getId();
        long id = materials.upload(ws, world.p1v2.getId(), "gammel.pdf", pdf()).id();
        loginAs(world.memberA);
        assertThatThrownBy(() -> materials.remove(ws, id)).isInstanceOf(AccessRefusedException.class);
        loginAs(world.consultantP1);
        materials.remove(ws, id);
        assertThat(materials.list(ws, world.p1v2.getId())).isEmpty();
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
        } catch (ValidationFailedException e) {
            return e.getFieldMessageKeys().get("file");
        }
        throw new AssertionError("Expected the upload to be refused");
    }
}
