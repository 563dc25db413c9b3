package dk.modningsportal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** "… er slettet." with a button that undoes it, for as long as the notice shows (ten seconds). */
public final class UndoNotice {

    private UndoNotice() {
    }

    public static Notification show(String text, String undoText, Runnable undo) {
        Notification notice = new Notification();
        notice.setDuration(10_000);
        notice.setPosition(Notification.Position.BOTTOM_START);
        notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        Button button = new Button(undoText);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClickListener(e -> {
            notice.close();
            undo.run();
        });
        notice.add(new Span(text), button);
        notice.open();
        return notice;
    }
}
