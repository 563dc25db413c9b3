package dk.modningsportal.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;

/** Date pickers that speak the user's language, with Danish dd.MM.yyyy dates and weeks from Monday. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(LocaleSettings.isEnglish() ? PortalI18NProvider.ENGLISH : PortalI18NProvider.DANISH);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(list("datepicker.months"));
        i18n.setWeekdays(list("datepicker.weekdays"));
        i18n.setWeekdaysShort(list("datepicker.weekdaysShort"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(I18NProvider.translate("datepicker.today"));
        i18n.setCancel(I18NProvider.translate("action.cancel"));
        i18n.setDateFormat(I18NProvider.translate("datepicker.format"));
        picker.setI18n(i18n);
        return picker;
    }

    private static List<String> list(String key) {
        return Arrays.asList(I18NProvider.translate(key).split(","));
    }
}
