package dk.modningsportal.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.dashboard.Dashboard.OrganisationRow;
import dk.modningsportal.dashboard.ProgressScale;
import dk.modningsportal.dashboard.ProgressScore;
import dk.modningsportal.dashboard.ProgressScores;
import java.math.BigDecimal;
import java.util.Map;

/** A consultant sets an organisation's progress score against the scale's criteria, seeing its history. */
class ProgressScoreDialog extends Dialog {

    final RadioButtonGroup<BigDecimal> score = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    final Button save = new Button();

    ProgressScoreDialog(ProgressScores scores, OrganisationRow row, Runnable afterSave) {
        setHeaderTitle(getTranslation("progress.title", row.organisation()));
        setWidth("min(720px, 100vw)");
        score.setLabel(getTranslation("progress.score"));
        score.setItems(ProgressScale.VALUES);
        score.setItemLabelGenerator(value -> scoreText(value) + " – " + getTranslation(ProgressScale.criterionKey(value)));
        score.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        score.setValue(row.progressScore());
        note.setLabel(getTranslation("progress.note"));
        Forms.limit(note, ProgressScore.NOTE_MAX);
        note.setWidthFull();
        UnorderedList history = new UnorderedList();
        scores.scoreHistory(row.workspaceId()).forEach(entry -> history.add(new ListItem(
                scoreText(entry.score()) + " · " + Formats.dateTime(entry.scoredAt()) + " · " + entry.scoredBy()
                        + (entry.note() == null ? "" : " – " + entry.note()))));
        add(new Div(score, note, new H4(getTranslation("progress.history")), history));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                scores.setScore(row.workspaceId(), score.getValue(), note.getValue());
                Forms.success(getTranslation("progress.saved"));
                close();
                afterSave.run();
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, Map.of("score", score, "note", note));
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }

    private String scoreText(BigDecimal value) {
        return String.format(getLocale(), "%.1f", value);
    }
}
