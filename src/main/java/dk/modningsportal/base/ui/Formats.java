package dk.modningsportal.base.ui;

import dk.modningsportal.base.DanishTime;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times, numbers and enum labels in the user's language (Danish formats by default). */
public final class Formats {


    private Formats() {
    }

    public static String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(english() ? "d MMM yyyy" : "d. MMM yyyy", locale()).format(date);
    }

    public static String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .withZone(DanishTime.ZONE).format(instant);
    }

    public static String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(DanishTime.ZONE).format(instant);
    }

    /** A count with the language's thousands separator ("12.345" in Danish, "12,345" in English). */
    public static String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** A decimal number as the language writes it ("12,5" in Danish), with at most two decimals. */
    public static String decimal(java.math.BigDecimal value) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** The translated label of an enum constant: key "enum.SimpleName.CONSTANT". */
    public static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return I18NProvider.translate("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private static boolean english() {
        return "en".equals(locale().getLanguage());
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? PortalI18NProvider.DANISH : ui.getLocale();
    }
}
