package dk.modningsportal.base;

import java.util.Locale;

/** The portal's two languages: Danish first, English as the alternative (texts in i18n/messages*.properties). */
public final class Languages {

    public static final Locale DANISH = Locale.of("da", "DK");
    public static final Locale ENGLISH = Locale.of("en", "GB");

    private Languages() {
    }
}
