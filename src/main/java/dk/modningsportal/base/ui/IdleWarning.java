package dk.modningsportal.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;

/**
 * Warns a few minutes before an idle session ends, with a button that keeps it; typing counts as use
 * (the browser tells the server at most once a minute), so a long text being written is never lost to
 * the idle limit. Shown by the browser alone: a server round trip would itself count as use.
 */
public class IdleWarning extends Div {

    static final int WARN_SECONDS_BEFORE = 5 * 60;

    final Button stay = new Button();

    public IdleWarning() {
        addClassName("portal-idle-warning");
        getElement().setAttribute("role", "alertdialog");
        getElement().setAttribute("aria-live", "assertive");
        getElement().setAttribute("hidden", true);
        stay.setText(getTranslation("idle.stay"));
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stay.addClickListener(e -> getElement().setAttribute("hidden", true));
        add(new Span(getTranslation("idle.warning")), stay);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        int timeout = idleSeconds();
        if (timeout <= WARN_SECONDS_BEFORE) {
            return;
        }
        getElement().executeJs("""
                const box = this, warnAfter = ($0 - $1) * 1000;
                let lastUse = Date.now(), lastTold = Date.now();
                const used = () => {
                  lastUse = Date.now();
                  if (Date.now() - lastTold > 60000) { lastTold = Date.now(); box.$server.stillHere(); }
                };
                ['keydown', 'pointerdown', 'wheel', 'touchstart'].forEach(t =>
                  document.addEventListener(t, used, {capture: true, passive: true}));
                clearInterval(box._idleTimer);
                box._idleTimer = setInterval(() => {
                  if (Date.now() - lastUse > warnAfter && box.hidden) { box.hidden = false; }
                }, 10000);
                """, timeout, WARN_SECONDS_BEFORE);
    }

    /** The session's idle limit in seconds, as the servlet container keeps it. */
    int idleSeconds() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? 0 : session.getSession().getMaxInactiveInterval();
    }

    /** The browser saw typing or clicking: that is use, and keeps the session. */
    @ClientCallable
    void stillHere() {
        // The round trip itself is what counts.
    }
}
