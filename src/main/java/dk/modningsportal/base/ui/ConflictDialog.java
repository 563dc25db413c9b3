package dk.modningsportal.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.ConcurrentEditException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tells the user that someone else saved first. They either load the other version, or keep their
 * own text in the form and save again on top of it; nothing is overwritten without them knowing.
 */
public final class ConflictDialog {

    private ConflictDialog() {
    }

    public static ConfirmDialog show(ConcurrentEditException conflict, Runnable reload, Runnable keepMine) {
        return show(conflict, List.of(), reload, keepMine);
    }

    /** As above, naming the fields the other person changed (labels as the form shows them). */
    public static ConfirmDialog show(ConcurrentEditException conflict, List<String> changedFields, Runnable reload,
            Runnable keepMine) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(I18NProvider.translate("conflict.title"));
        String text = I18NProvider.translate("conflict.text", conflict.getChangedBy(),
                Formats.dateTime(conflict.getChangedAt()));
        dialog.setText(changedFields.isEmpty() ? text
                : text + " " + I18NProvider.translate("conflict.changedFields", String.join(", ", changedFields)));
        dialog.setConfirmText(I18NProvider.translate("conflict.keepMine"));
        dialog.addConfirmListener(e -> keepMine.run());
        dialog.setCancelable(true);
        dialog.setCancelText(I18NProvider.translate("conflict.reload"));
        dialog.addCancelListener(e -> reload.run());
        dialog.open();
        return dialog;
    }

    /** The labels whose values differ between what the user opened and what is stored now. */
    public static List<String> changedFields(Map<String, Object> opened, Map<String, Object> now) {
        return now.entrySet().stream().filter(e -> !Objects.equals(opened.get(e.getKey()), e.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    /** A snapshot of a form's values by label, in the form's order. */
    public static Map<String, Object> snapshot(Object... labelsAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            values.put((String) labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return values;
    }
}
