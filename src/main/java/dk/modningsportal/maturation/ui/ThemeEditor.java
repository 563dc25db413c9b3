package dk.modningsportal.maturation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.maturation.MaturationDecisions;
import dk.modningsportal.maturation.BoardThemes;
import dk.modningsportal.maturation.WorkshopBoard;
import dk.modningsportal.maturation.MaturationDecisions.DecisionRow;
import dk.modningsportal.maturation.BoardThemes.ThemeRow;
import dk.modningsportal.maturation.WorkshopService.WorkshopInfo;
import dk.modningsportal.maturation.ThemeFinding;
import dk.modningsportal.maturation.WorkshopTheme;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A theme of the workshop board: its title, the consultants' summary, how many items from how many organisations,
 * its decisions, and buttons to save, record a decision, find similar items and remove it. A colleague's change
 * meanwhile is named on saving, and what this consultant wrote is kept.
 */
final class ThemeEditor extends Div {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final Button save = new Button();
    final Button decide = new Button();
    final Button remove = new Button();
    final Button similar = new Button();
    private long version;
    private final ThemeRow loaded;

    private final BoardThemes boardThemes;
    private final Runnable refresh;

    ThemeEditor(BoardThemes boardThemes, WorkshopBoard workshopBoard, ThemeFinding finding, MaturationDecisions decisions,
            WorkshopInfo workshop, List<CoreElementRef> elements, List<ThemeRow> themes, ThemeRow theme,
            Runnable refresh) {
        this.boardThemes = boardThemes;
        this.refresh = refresh;
        loaded = theme;
        addClassName("theme-editor");
        version = theme.version();
        title.setValue(theme.title());
        title.setLabel(getTranslation("maturation.themeTitle"));
        Forms.limit(title, WorkshopTheme.TITLE_MAX);
        title.setWidthFull();
        summary.setLabel(getTranslation("maturation.summary"));
        summary.setValue(Optional.ofNullable(theme.summary()).orElse(""));
        Forms.limit(summary, WorkshopTheme.SUMMARY_MAX);
        summary.setWidthFull();
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickListener(e -> save(theme));
        decide.setText(getTranslation("maturation.decide"));
        decide.setVisible(workshop.draft() != null);
        decide.addClickListener(e -> new DecisionDialog(decisions, theme.id(), theme.title(),
                workshop.draft() == null ? "" : workshop.draft().label(), elements, refresh)
                .open());
        remove.setText(getTranslation("action.delete"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        // A theme something was decided under explains the next version: it stays.
        remove.setVisible(theme.decisions().isEmpty());
        remove.addClickListener(e -> confirmRemove(theme));
        similar.setText(getTranslation("maturation.similar.title"));
        similar.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        similar.addClickListener(e -> new SimilarDialog(getTranslation("maturation.similar.forTheme", theme.title()),
                () -> finding.similarToTheme(workshop.id(), theme.id()), themes, theme, workshopBoard, workshop.id(),
                refresh).open());
        Span standing = new Span(getTranslation("maturation.themeStanding", theme.itemCount(),
                theme.organisationCount()));
        standing.addClassName("theme-standing");
        FlexLayout buttons = new FlexLayout(save, decide, similar, remove);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(title, standing, summary, buttons);
        for (DecisionRow decision : theme.decisions()) {
            Paragraph line = new Paragraph(Formats.label(decision.kind())
                    + (decision.coreElementName() != null ? ": " + decision.coreElementName()
                    : decision.newName() != null ? ": " + decision.newName() : "")
                    + " – " + decision.reason());
            line.addClassName("theme-decision");
            add(line);
        }
    }

    private void confirmRemove(ThemeRow theme) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("maturation.deleteThemeTitle", theme.title()),
                getTranslation("maturation.deleteThemeText", theme.itemCount()), getTranslation("action.delete"), e -> {
                    try {
                        boardThemes.deleteTheme(theme.id(), version);
                        Forms.success(getTranslation("maturation.themeDeleted"));
                    } catch (ValidationFailedException refused) {
                        Forms.error(getTranslation("maturation.themeHasDecisions"));
                    } catch (ConcurrentEditException conflict) {
                        Forms.error(getTranslation("maturation.themeConflict"));
                    }
                    refresh.run();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    boolean hasUnsavedText() {
        return !title.getValue().equals(loaded.title())
                || !summary.getValue().equals(Optional.ofNullable(loaded.summary()).orElse(""));
    }

    private void save(ThemeRow theme) {
        try {
            boardThemes.updateTheme(theme.id(), version, title.getValue(), summary.getValue());
            Forms.success(getTranslation("maturation.themeSaved"));
            refresh.run();
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, Map.of("title", title, "summary", summary));
        } catch (ConcurrentEditException conflict) {
            // Keep what this consultant wrote; saving again applies it on top of the colleague's version.
            version = conflict.getCurrentVersion();
            Forms.error(getTranslation("maturation.themeConflict"));
        }
    }
}
