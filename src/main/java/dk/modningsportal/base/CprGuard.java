package dk.modningsportal.base;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Danish CPR numbers in free text (DDMMYY-XXXX, DDMMYYXXXX or DDMMYY XXXX whose first six
 * digits form a real date). The portal is about practice, not citizens, so such text is refused.
 */
public final class CprGuard {

    private static final Pattern CPR_LIKE = Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(\\d{2})[- ]?\\d{4}(?!\\d)");

    private CprGuard() {
    }

    public static boolean containsCprNumber(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        Matcher matcher = CPR_LIKE.matcher(text);
        while (matcher.find()) {
            if (isDate(matcher.group(1), matcher.group(2), matcher.group(3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDate(String day, String month, String twoDigitYear) {
        int year = Integer.parseInt(twoDigitYear);
        // The century is carried by the 7th digit; checking against a leap-friendly century is
        // enough to decide whether 29 February can be real (00 counts as 2000, a leap year).
        try {
            LocalDate.of(2000 + year, Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }
}
