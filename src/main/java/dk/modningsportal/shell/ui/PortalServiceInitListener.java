package dk.modningsportal.shell.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.operations.DatabaseOutage;
import dk.modningsportal.base.ui.*;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Per session: Danish by default, and one error handler that logs and tells the user in their language. */
@Component
class PortalServiceInitListener implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PortalServiceInitListener.class);

    private final dk.modningsportal.security.CurrentUser currentUser;
    private final DatabaseOutage outage;

    PortalServiceInitListener(dk.modningsportal.security.CurrentUser currentUser, DatabaseOutage outage) {
        this.currentUser = currentUser;
        this.outage = outage;
    }

    /** The signed-in person's own choice ("Min konto"), else the session's (the language cookie). */
    private java.util.Locale chosen(java.util.Locale sessionLocale) {
        return currentUser.get().map(dk.modningsportal.security.PortalUser::language)
                .map(language -> "en".equals(language) ? PortalI18NProvider.ENGLISH : PortalI18NProvider.DANISH)
                .orElse(sessionLocale);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Each new UI speaks the language chosen for its session (Danish unless English was picked).
        // After sign-in the person's own choice wins, so it is kept from one login to the next.
        event.getSource().addUIInitListener(init -> {
            java.util.Locale locale = chosen(init.getUI().getSession().getLocale());
            init.getUI().getSession().setLocale(locale);
            init.getUI().setLocale(locale);
        });
        // The page says which language it is in (screen readers pronounce by it).
        event.addIndexHtmlRequestListener(page -> {
            java.util.Locale locale = chosen(LocaleSettings.fromRequest(page.getVaadinRequest()));
            page.getDocument().getElementsByTag("html").attr("lang", locale.getLanguage());
        });
        // An ended session says so in the person's language and leads to the login page.
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            I18NProvider i18n = event.getSource().getInstantiator().getI18NProvider();
            messages.setSessionExpiredCaption(i18n.getTranslation("idle.expiredTitle", info.getLocale()));
            messages.setSessionExpiredMessage(i18n.getTranslation("idle.expired", info.getLocale()));
            messages.setSessionExpiredURL("login");
            return messages;
        });
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setLocale(LocaleSettings.fromRequest(init.getRequest()));
            init.getSession().setErrorHandler(error -> {
                Throwable cause = error.getThrowable();
                while (cause.getCause() != null && !(cause instanceof AccessRefusedException)) {
                    cause = cause.getCause();
                }
                String message;
                if (cause instanceof AccessRefusedException refused) {
                    message = I18NProvider.translate(refused.getMessageKey());
                } else if (DatabaseOutage.isOutage(error.getThrowable())) {
                    // Not a fault of the portal: one warning per outage in the log, and the person told their text waits.
                    outage.noticed(error.getThrowable());
                    message = I18NProvider.translate("error.databaseUnavailable");
                } else {
                    // One line per failure, with a code the person can quote to support.
                    String code = Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36,
                            36L * 36 * 36 * 36 * 36 * 36), 36).toUpperCase(java.util.Locale.ROOT);
                    log.error("Unexpected error [{}]", code, error.getThrowable());
                    message = I18NProvider.translate("error.unexpectedWithCode", code);
                }
                if (com.vaadin.flow.component.UI.getCurrent() != null) {
                    Forms.error(message);
                }
            });
        });
    }
}
