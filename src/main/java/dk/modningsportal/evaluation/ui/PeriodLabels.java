package dk.modningsportal.evaluation.ui;

import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.evaluation.ReportingPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** A reporting period as a person reads it: "november 2026", or "4. kvartal 2026". */
final class PeriodLabels {

    private PeriodLabels() {
    }

    static String of(ReportingPeriod period, LocalDate start, Locale locale) {
        return period == ReportingPeriod.QUARTER
                ? I18NProvider.translate(locale, "evaluation.quarterOf", start.get(IsoFields.QUARTER_OF_YEAR), start.getYear())
                : start.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
    }
}
