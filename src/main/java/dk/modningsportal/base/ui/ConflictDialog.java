package dk.modningsportal.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.ConcurrentEditException;

/**
 * Tells the user that someone else saved first. They either load the other version, or keep their
 * own text in the form and save again on top of it; nothing is overwritten without them knowing.
 */
public final class ConflictDialog {

    private ConflictDialog() {
    }

    public static ConfirmDialog show(ConcurrentEditException conflict, Runnable reload, Runnable keepMine) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(I18NProvider.translate("conflict.title"));
        dialog.setText(I18NProvider.translate("conflict.text", conflict.getChangedBy(),
                Formats.dateTime(conflict.getChangedAt())));
        dialog.setConfirmText(I18NProvider.translate("conflict.keepMine"));
        dialog.addConfirmListener(e -> keepMine.run());
        dialog.setCancelable(true);
        dialog.setCancelText(I18NProvider.translate("conflict.reload"));
        dialog.addCancelListener(e -> reload.run());
        dialog.open();
        return dialog;
    }
}
