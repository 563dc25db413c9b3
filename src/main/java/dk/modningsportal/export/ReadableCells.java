package dk.modningsportal.export;

import dk.modningsportal.base.DanishTime;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Export cells as a person reads them, in their language: "Gennemført", not COMPLETED; "3,5" in Danish; dates
 * and times in Danish time as Danish spreadsheets read them. Whole numbers stay plain (no thousands separator),
 * so a spreadsheet still counts with them.
 */
public final class ReadableCells {

    private final Locale locale;
    private final I18NProvider i18n;
    private final NumberFormat decimals;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public ReadableCells(Locale locale, I18NProvider i18n) {
        this.locale = locale;
        this.i18n = i18n;
        this.decimals = NumberFormat.getNumberInstance(locale);
        decimals.setGroupingUsed(false);
        decimals.setMaximumFractionDigits(2);
        boolean english = "en".equals(locale.getLanguage());
        this.date = DateTimeFormatter.ofPattern(english ? "yyyy-MM-dd" : "dd-MM-yyyy");
        this.dateTime = DateTimeFormatter.ofPattern(english ? "yyyy-MM-dd HH:mm" : "dd-MM-yyyy HH:mm").withZone(DanishTime.ZONE);
    }

    /** The cell as text; text people wrote is neutralised for spreadsheets. */
    public String text(Object value) {
        return switch (value) {
            case null -> "";
            case String written -> SpreadsheetCells.safe(written);
            case Boolean yes -> i18n.getTranslation(yes ? "export.yes" : "export.no", locale);
            case Enum<?> constant -> i18n.getTranslation("enum." + constant.getDeclaringClass().getSimpleName() + "."
                    + constant.name(), locale);
            case BigDecimal number -> decimals.format(number);
            case Double number -> decimals.format(number);
            case Float number -> decimals.format(number);
            case LocalDate day -> date.format(day);
            case java.sql.Date day -> date.format(day.toLocalDate());
            case Instant instant -> dateTime.format(instant);
            case OffsetDateTime offset -> dateTime.format(offset.toInstant());
            case Timestamp timestamp -> dateTime.format(timestamp.toInstant());
            default -> value.toString();
        };
    }
}
