package dk.modningsportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;

/** The UI language: Danish unless the person chose English, remembered in a cookie. */
public final class LocaleSettings {

    static final String COOKIE = "portal-language";

    private LocaleSettings() {
    }

    public static Locale fromRequest(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return PortalI18NProvider.DANISH;
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()) && "en".equals(c.getValue()))
                .findFirst()
                .map(c -> PortalI18NProvider.ENGLISH)
                .orElse(PortalI18NProvider.DANISH);
    }

    /** Switches the language for this session and remembers it for the next login. */
    public static void switchTo(Locale locale) {
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    public static boolean isEnglish() {
        UI ui = UI.getCurrent();
        return ui != null && "en".equals(ui.getLocale().getLanguage());
    }
}
