package dk.modningsportal.plan.ui;

import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.plan.PlanService.ActivityRow;
import dk.modningsportal.plan.Timing;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** When an activity is, as precisely as it is known: "14. jan. 2027", "januar 2027" or "1. kvartal 2027". */
@NamedInterface("ui")
public final class PlanFormats {

    private PlanFormats() {
    }

    public static String when(ActivityRow activity) {
        return when(activity.startsOn(), activity.timing());
    }

    static String when(LocalDate day, Timing timing) {
        return switch (timing) {
            case DAY -> Formats.date(day);
            case MONTH -> I18NProvider.translate("plan.month." + day.getMonthValue(), day.getYear());
            case QUARTER -> I18NProvider.translate("plan.quarterOf", (day.getMonthValue() - 1) / 3 + 1, day.getYear());
        };
    }

    /** Shared, in one organisation, or in each organisation. */
    public static String scope(ActivityRow activity) {
        if (!activity.local()) {
            return I18NProvider.translate("plan.cross");
        }
        return activity.organisationName() != null ? activity.organisationName() : I18NProvider.translate("plan.eachOrganisation");
    }
}
