package dk.modningsportal.base.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A grid column's badge (a status, a kind, "shared"), drawn in the browser from a template. As a component per row,
 * every row fetched created, attached and sent a component of its own: the trial-action list's badges were the
 * largest single cost of a team member's requests in the load test's profile.
 */
public final class Badges {

    private Badges() {
    }

    /** A badge of this text and these classes besides {@code portal-badge}; no text, no badge. */
    public static <T> LitRenderer<T> column(ValueProvider<T, String> text, ValueProvider<T, String> classNames) {
        return LitRenderer.<T>of("<span class=\"${item.badgeClass}\">${item.badgeText}</span>")
                .withProperty("badgeText", text)
                .withProperty("badgeClass", item -> text.apply(item).isEmpty() ? "" : "portal-badge " + classNames.apply(item));
    }

    /** The badge a shared item carries in its list. */
    public static <T> LitRenderer<T> shared(ValueProvider<T, Boolean> shared, String sharedLabel) {
        return column(item -> shared.apply(item) ? sharedLabel : "", item -> "shared-badge");
    }
}
