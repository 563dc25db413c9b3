package dk.modningsportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.security.AccountAdministration;
import dk.modningsportal.security.AccountAdministration.InvitationSent;
import dk.modningsportal.security.BulkInvitations;
import dk.modningsportal.security.BulkInvitations.PreviewRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Invites many people from a CSV file exported from Excel. Each row is checked and shown with its
 * problem first; only a file without problems can be invited, all rows together.
 */
class BulkInviteDialog extends Dialog {

    final Upload upload;
    final Grid<PreviewRow> preview = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Button inviteAll = new Button();
    private List<PreviewRow> rows = List.of();

    BulkInviteDialog(BulkInvitations bulk, AccountAdministration accounts, Runnable done) {
        setHeaderTitle(getTranslation("accounts.bulk"));
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                show(bulk.preview(new ByteArrayInputStream(bytes)));
            } catch (IOException | RuntimeException unreadable) {
                Forms.error(getTranslation("accounts.bulkUnreadable"));
            }
        }))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1024 * 1024);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        preview.addColumn(PreviewRow::line).setHeader(getTranslation("accounts.bulkLine")).setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(PreviewRow::name).setHeader(getTranslation("accounts.name")).setAutoWidth(true);
        preview.addColumn(PreviewRow::email).setHeader(getTranslation("account.email")).setAutoWidth(true);
        preview.addColumn(PreviewRow::role).setHeader(getTranslation("accounts.role")).setAutoWidth(true);
        preview.addColumn(PreviewRow::organisation).setHeader(getTranslation("accounts.organisation")).setAutoWidth(true);
        preview.addColumn(this::problems).setHeader(getTranslation("accounts.bulkProblems")).setFlexGrow(1);
        preview.setPartNameGenerator(row -> row.valid() ? null : "invalid-row");
        preview.setVisible(false);
        preview.setAllRowsVisible(true);
        inviteAll.setText(getTranslation("accounts.bulkInvite"));
        inviteAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        inviteAll.setEnabled(false);
        inviteAll.addClickListener(e -> {
            List<InvitationSent> sent = accounts.inviteAll(rows.stream().map(PreviewRow::invitation).toList());
            close();
            done.run();
            long mailed = sent.stream().filter(InvitationSent::mailed).count();
            Forms.success(getTranslation("accounts.bulkDone", sent.size(), mailed));
            if (mailed < sent.size()) {
                new LinkDialog(sent.stream().filter(s -> !s.mailed()).toList()).open();
            }
        });
        add(new Paragraph(getTranslation("accounts.bulkIntro")), upload, summary, preview);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), inviteAll);
        setWidth("min(1100px, 95vw)");
    }

    void show(List<PreviewRow> parsed) {
        rows = parsed;
        preview.setItems(parsed);
        preview.setVisible(true);
        long invalid = parsed.stream().filter(r -> !r.valid()).count();
        summary.setText(invalid == 0 ? getTranslation("accounts.bulkReady", parsed.size())
                : getTranslation("accounts.bulkErrors", invalid, parsed.size()));
        inviteAll.setEnabled(!parsed.isEmpty() && invalid == 0);
    }

    private String problems(PreviewRow row) {
        return row.problems().values().stream().map(this::getTranslation).collect(Collectors.joining(" "));
    }
}
