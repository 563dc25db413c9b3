package dk.modningsportal.trialaction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dk.modningsportal.base.ui.Formats;
import java.time.Instant;
import java.util.List;

/**
 * Says at once, above the form, that a colleague saved or deleted the trial action open here, and what they
 * changed; what this person typed stays in the form until they reload.
 */
class StaleNotice extends Div {

    StaleNotice() {
        addClassNames("portal-announcement", "stale-notice");
        setVisible(false);
    }

    void deleted() {
        removeAll();
        add(new Span(getTranslation("trialAction.deletedMeanwhile")));
        setVisible(true);
    }

    void changed(String by, Instant at, List<String> fields, Runnable reload) {
        removeAll();
        add(new Span(getTranslation("trialAction.changedMeanwhile", by, Formats.time(at), String.join(", ", fields)) + " "));
        Button again = new Button(getTranslation("conflict.reload"), e -> {
            setVisible(false);
            reload.run();
        });
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        add(again);
        setVisible(true);
    }
}
