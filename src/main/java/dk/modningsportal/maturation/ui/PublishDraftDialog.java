package dk.modningsportal.maturation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.maturation.MaturationDecisions.DecisionRow;
import dk.modningsportal.maturation.BoardThemes.ThemeRow;
import dk.modningsportal.maturation.WorkshopService.VersionInfo;
import dk.modningsportal.maturation.WorkshopService.WorkshopInfo;
import dk.modningsportal.maturation.VersionPublishing;
import java.util.List;

/**
 * Publishing the workshop's draft as the next version: what publishing sets going, the draft's changes as the
 * workshop decided them, and whether it is the intervention's final version.
 */
class PublishDraftDialog extends ConfirmDialog {

    /** The draft is the intervention's final version. */
    final Checkbox asFinal = new Checkbox();

    PublishDraftDialog(VersionPublishing publishing, WorkshopInfo workshop, List<ThemeRow> themes, Runnable published) {
        setHeader(getTranslation("maturation.publishTitle", workshop.draft().label()));
        asFinal.setLabel(getTranslation("maturation.publishAsFinal"));
        asFinal.setHelperText(getTranslation("maturation.publishAsFinalHelp"));
        setText(new Div(summary(workshop, themes), asFinal));
        setConfirmText(getTranslation("maturation.publishConfirm"));
        addConfirmListener(e -> {
            boolean finalVersion = asFinal.getValue();
            VersionInfo version = publishing.publish(workshop.projectId(), workshop.draft().id(), finalVersion);
            Forms.success(getTranslation(finalVersion ? "maturation.publishedFinal" : "maturation.published",
                    version.label()));
            published.run();
        });
        setCancelable(true);
        setCancelText(getTranslation("action.cancel"));
    }

    private Div summary(WorkshopInfo workshop, List<ThemeRow> themes) {
        Div summary = new Div(new Paragraph(getTranslation("maturation.publishText", workshop.draft().label(),
                workshop.round().label())));
        List<DecisionRow> decided = themes.stream().flatMap(t -> t.decisions().stream()).toList();
        if (decided.isEmpty()) {
            summary.add(new Paragraph(getTranslation("maturation.publishNoChanges")));
        } else {
            summary.add(new Paragraph(getTranslation("maturation.publishChanges", decided.size())));
            UnorderedList list = new UnorderedList();
            decided.forEach(d -> list.add(new ListItem(Formats.label(d.kind())
                    + (d.coreElementName() != null ? ": " + d.coreElementName() : d.newName() != null ? ": " + d.newName() : ""))));
            list.addClassName("publish-summary");
            summary.add(list);
        }
        return summary;
    }
}
