package dk.modningsportal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A plain document (headings, paragraphs, bullets) written once and rendered as DOCX with Apache POI
 * or as PDF with OpenPDF, so both exports always say the same; or as a slide deck (PPTX), a slide per heading.
 */
public final class Report {

    private sealed interface Block permits Heading, Text, Bullet {
    }

    private record Heading(int level, String text) implements Block {
    }

    private record Text(String text) implements Block {
    }

    private record Bullet(String text) implements Block {
    }

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    public Report(String title) {
        this.title = title;
    }

    public Report heading(String text) {
        blocks.add(new Heading(1, text));
        return this;
    }

    public Report subheading(String text) {
        blocks.add(new Heading(2, text));
        return this;
    }

    public Report text(String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Text(text));
        }
        return this;
    }

    public Report bullet(String text) {
        blocks.add(new Bullet(text));
        return this;
    }

    public byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            run(document.createParagraph(), title, 20, true);
            for (Block block : blocks) {
                XWPFParagraph paragraph = document.createParagraph();
                switch (block) {
                    case Heading h -> run(paragraph, h.text(), h.level() == 1 ? 15 : 12, true);
                    case Text t -> run(paragraph, t.text(), 11, false);
                    case Bullet b -> {
                        paragraph.setIndentationLeft(360);
                        run(paragraph, "• " + b.text(), 11, false);
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document as slides: the title on the first, then a slide per heading with what follows it (a subheading
     * in bold, its text under it), in a size that fits a few short sections.
     */
    public byte[] pptx() {
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSLFSlideMaster master = show.getSlideMasters().getFirst();
            XSLFSlide first = show.createSlide(master.getLayout(SlideLayout.TITLE));
            first.getPlaceholder(0).setText(title);
            XSLFTextShape subtitle = first.getPlaceholder(1);
            subtitle.clearText();
            XSLFTextShape body = null;
            for (Block block : blocks) {
                if (block instanceof Heading h && h.level() == 1) {
                    XSLFSlide slide = show.createSlide(master.getLayout(SlideLayout.TITLE_AND_CONTENT));
                    slide.getPlaceholder(0).setText(h.text());
                    body = slide.getPlaceholder(1);
                    body.clearText();
                    body.setTextAutofit(TextShape.TextAutofit.NORMAL);
                    continue;
                }
                XSLFTextShape target = body == null ? subtitle : body;
                XSLFTextParagraph paragraph = target.addNewTextParagraph();
                XSLFTextRun run = paragraph.addNewTextRun();
                switch (block) {
                    case Heading h -> {
                        run.setText(h.text());
                        run.setBold(true);
                        run.setFontSize(16.0);
                        paragraph.setBullet(false);
                    }
                    case Text t -> {
                        run.setText(t.text());
                        run.setFontSize(14.0);
                        paragraph.setBullet(false);
                        paragraph.setIndentLevel(body == null ? 0 : 1);
                    }
                    case Bullet b -> {
                        run.setText(b.text());
                        run.setFontSize(14.0);
                    }
                }
            }
            show.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.open();
        // Helvetica in Windows-1252 carries æ, ø and å.
        Font titleFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 18);
        Font h1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 14);
        Font h2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 11.5f);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 10.5f);
        document.add(new Paragraph(title, titleFont));
        for (Block block : blocks) {
            switch (block) {
                case Heading h -> {
                    Paragraph p = new Paragraph(h.text(), h.level() == 1 ? h1 : h2);
                    p.setSpacingBefore(10);
                    document.add(p);
                }
                case Text t -> document.add(new Paragraph(t.text(), body));
                case Bullet b -> {
                    org.openpdf.text.List list = new org.openpdf.text.List(false, 12);
                    list.setListSymbol(new Chunk("•", body));
                    list.add(new ListItem(b.text(), body));
                    document.add(list);
                }
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
    }
}
