package dk.modningsportal.base;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Danish CPR numbers in free text: DDMMYY and four digits, whose first six digits form a real date,
 * however they are written — with or without a dash, spaces, dots or slashes between the parts, any
 * kind of dash or space (en dash, non-breaking, zero-width), or full-width digits. The portal is about
 * practice, not citizens, so such text is refused.
 */
public final class CprGuard {

    private static final Pattern CPR_LIKE = Pattern.compile(
            "(?<!\\d)(\\d{2})[ ./-]?(\\d{2})[ ./-]?(\\d{2}) ?[-/.]? ?\\d{4}(?!\\d)");
    /** Characters that change nothing a reader sees: zero-width spaces and joiners, word joiner, BOM, soft hyphen. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern DASHES = Pattern.compile("[\\p{Pd}\\u2212]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\t]+");

    private CprGuard() {
    }

    public static boolean containsCprNumber(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        Matcher matcher = CPR_LIKE.matcher(normalise(text));
        while (matcher.find()) {
            if (isDate(matcher.group(1), matcher.group(2), matcher.group(3))) {
                return true;
            }
        }
        return false;
    }

    /** The text with every CPR-like number replaced by "[CPR fjernet]", for logs of what people typed. */
    public static String mask(String text) {
        if (text == null || !containsCprNumber(text)) {
            return text;
        }
        String plain = normalise(text);
        Matcher matcher = CPR_LIKE.matcher(plain);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(masked, isDate(matcher.group(1), matcher.group(2), matcher.group(3))
                    ? "[CPR fjernet]" : Matcher.quoteReplacement(matcher.group()));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }

    /** NFKC (full-width digits become digits), invisible characters gone, every dash a hyphen and every space a space. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        folded = INVISIBLE.matcher(folded).replaceAll("");
        folded = DASHES.matcher(folded).replaceAll("-");
        return SPACES.matcher(folded).replaceAll(" ");
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
