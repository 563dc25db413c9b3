package dk.modningsportal.shell.ui;

import dk.modningsportal.base.ui.*;

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

    final Button stay = new Button();
    private final long warnSecondsBefore;

    /** Warns this long before the session's idle limit. */
    public IdleWarning(java.time.Duration lead) {
        this.warnSecondsBefore = lead.toSeconds();
        addClassName("portal-idle-warning");
        getElement().setAttribute("role", "alertdialog");
        getElement().setAttribute("aria-live", "assertive");
        getElement().setAttribute("hidden", true);
        stay.setText(getTranslation("idle.stay"));
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Span(getTranslation("idle.warning", Math.max(1, Math.round(lead.toSeconds() / 60.0)))), stay);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        int timeout = idleSeconds();
        if (timeout <= warnSecondsBefore) {
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
                // Staying is a round trip, which is use; the box is hidden in the browser, which showed it.
                box.querySelector('vaadin-button').onclick = () => {
                  box.hidden = true; lastUse = Date.now(); lastTold = Date.now(); box.$server.stillHere();
                };
                clearInterval(box._idleTimer);
                box._idleTimer = setInterval(() => {
                  if (Date.now() - lastUse > warnAfter && box.hidden) { box.hidden = false; }
                }, Math.min(10000, warnAfter / 2));
                """, timeout, warnSecondsBefore);
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
