package dk.modningsportal.maturation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.maturation.WorkshopBoard;
import dk.modningsportal.maturation.BoardThemes.ThemeRow;
import dk.modningsportal.maturation.ThemeFinding.SimilarItem;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Lignende erfaringer": the round's items that say much the same as an item or a theme, matching words marked,
 * each added to a theme with one click (to the theme itself when the dialog was opened from one).
 */
class SimilarDialog extends Dialog {

    final Div list = new Div();

    SimilarDialog(String heading, Supplier<List<SimilarItem>> similar, List<ThemeRow> themes, ThemeRow forTheme,
            WorkshopBoard workshopBoard, long workshopId, Runnable boardChanged) {
        setHeaderTitle(heading);
        setWidth("min(52rem, 96vw)");
        addClassName("board-similar");
        list.addClassName("board-similar-list");
        List<SimilarItem> found = similar.get();
        if (found.isEmpty()) {
            list.add(new Paragraph(getTranslation("maturation.similar.none")));
        }
        for (SimilarItem item : found) {
            Div card = new Div();
            card.addClassName("board-similar-item");
            Span organisation = new Span(item.organisationName() == null ? "" : item.organisationName());
            organisation.addClassName("board-similar-organisation");
            Div text = new Div();
            // Escaped by the highlighter: only its <mark> tags are markup.
            text.getElement().setProperty("innerHTML", String.join(" – ", java.util.stream.Stream.of(item.titleHtml(),
                    item.excerptHtml()).filter(t -> t != null && !t.isBlank()).distinct().toList()));
            card.add(organisation, text);
            themes.stream().filter(t -> item.themeId() != null && t.id() == item.themeId()).findFirst().ifPresentOrElse(
                    t -> card.add(badge(getTranslation("maturation.similar.inTheme", t.title()))),
                    () -> card.add(addControls(item, themes, forTheme, workshopBoard, workshopId, boardChanged, card)));
            list.add(card);
        }
        add(new Paragraph(getTranslation("maturation.similar.intro")), list);
        Button close = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(close);
    }

    private FlexLayout addControls(SimilarItem item, List<ThemeRow> themes, ThemeRow forTheme,
            WorkshopBoard workshopBoard, long workshopId, Runnable boardChanged, Div card) {
        ComboBox<ThemeRow> theme = new ComboBox<>();
        theme.setItems(themes);
        theme.setItemLabelGenerator(ThemeRow::title);
        theme.setAriaLabel(getTranslation("maturation.theme"));
        theme.setPlaceholder(getTranslation("maturation.similar.chooseTheme"));
        theme.setVisible(forTheme == null);
        if (forTheme != null) {
            theme.setValue(forTheme);
        }
        Button add = new Button(getTranslation(forTheme == null ? "maturation.similar.add" : "maturation.similar.addToTheme"));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickListener(e -> {
            if (theme.getValue() == null) {
                Forms.error(getTranslation("maturation.similar.chooseTheme"));
                return;
            }
            workshopBoard.assignTheme(workshopId, item.ref(), theme.getValue().id());
            card.remove(e.getSource().getParent().orElseThrow());
            card.add(badge(getTranslation("maturation.similar.inTheme", theme.getValue().title())));
            boardChanged.run();
        });
        FlexLayout controls = new FlexLayout(theme, add);
        controls.addClassName("board-similar-controls");
        return controls;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("portal-badge");
        return badge;
    }
}
