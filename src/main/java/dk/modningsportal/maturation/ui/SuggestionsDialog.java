package dk.modningsportal.maturation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.maturation.ThemeFinding;
import dk.modningsportal.maturation.WorkshopTheme;
import dk.modningsportal.search.BoardSynthesis.Suggestion;
import java.util.List;
import java.util.Map;

/**
 * "Foreslåede temaer" for one core element: groups of untreated items that share words, named by the words
 * written, with how many items and organisations stand behind each. The consultant accepts one (under the
 * title they give it), splits it into smaller ones, or dismisses it; nothing is grouped until they accept.
 */
class SuggestionsDialog extends Dialog {

    final Div list = new Div();
    private final ThemeFinding finding;
    private final long workshopId;
    private final Long coreElementId;
    private final Runnable boardChanged;

    SuggestionsDialog(ThemeFinding finding, long workshopId, Long coreElementId, String elementName,
            Runnable boardChanged) {
        this.finding = finding;
        this.workshopId = workshopId;
        this.coreElementId = coreElementId;
        this.boardChanged = boardChanged;
        setHeaderTitle(getTranslation("maturation.suggest.title", elementName));
        setWidth("min(56rem, 96vw)");
        addClassName("board-suggestions");
        list.addClassName("board-suggestion-list");
        add(new Paragraph(getTranslation("maturation.suggest.intro")), list);
        show(list, finding.suggestThemes(workshopId, coreElementId, null), false);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private void show(Div into, List<Suggestion> suggestions, boolean split) {
        if (suggestions.isEmpty()) {
            into.add(new Paragraph(getTranslation(split ? "maturation.suggest.noSplit" : "maturation.suggest.none")));
        }
        suggestions.forEach(s -> into.add(card(s)));
    }

    private Div card(Suggestion suggestion) {
        Div card = new Div();
        card.addClassName("board-suggestion");
        TextField title = new TextField(getTranslation("maturation.themeTitle"));
        title.setValue(suggestion.title());
        Forms.limit(title, WorkshopTheme.TITLE_MAX);
        title.setWidthFull();
        Span facts = new Span(getTranslation("maturation.suggest.facts", Formats.number(suggestion.items()),
                Formats.number(suggestion.organisations())));
        facts.addClassName("board-suggestion-facts");
        UnorderedList examples = new UnorderedList();
        examples.addClassName("board-suggestion-examples");
        suggestion.examples().forEach(text -> examples.add(new ListItem(text)));
        Div children = new Div();
        children.addClassName("board-suggestion-children");

        Button accept = new Button(getTranslation("maturation.suggest.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button split = new Button(getTranslation("maturation.suggest.split"));
        split.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button dismiss = new Button(getTranslation("maturation.suggest.dismiss"));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        FlexLayout actions = new FlexLayout(accept, split, dismiss);
        actions.addClassName("portal-buttons");
        accept.addClickListener(e -> {
            try {
                finding.accept(workshopId, coreElementId, suggestion, title.getValue());
                Forms.success(getTranslation("maturation.suggest.accepted", title.getValue().strip()));
                card.removeAll();
                card.add(new Paragraph(getTranslation("maturation.suggest.accepted", title.getValue().strip())));
                card.addClassName("board-suggestion-done");
                boardChanged.run();
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, Map.of("title", title));
            }
        });
        split.addClickListener(e -> {
            children.removeAll();
            show(children, finding.suggestThemes(workshopId, coreElementId, suggestion), true);
            split.setEnabled(false);
        });
        dismiss.addClickListener(e -> {
            finding.dismiss(workshopId, coreElementId, suggestion);
            card.removeFromParent();
        });
        card.add(title, facts, examples, actions, children);
        return card;
    }
}
