package dk.modningsportal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Links that make a file when clicked (exports, packs), with the portal's download styling. */
public final class DownloadLinks {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
    public static final String CSV = "text/csv";
    public static final String ZIP = "application/zip";

    private DownloadLinks() {
    }

    /** The content is made only when the link is followed, inside that request. */
    public static Anchor of(String text, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), text);
        anchor.addClassName("portal-download");
        return anchor;
    }
}
