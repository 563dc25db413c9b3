package dk.modningsportal.base;

import java.util.Map;

/** Shared checks for free-text fields, used by services before anything is stored. */
public final class TextRules {

    public static final String REQUIRED = "validation.required";
    public static final String TOO_LONG = "validation.tooLong";
    public static final String CPR = "validation.cpr";

    private TextRules() {
    }

    /** Control characters (but line breaks and tabs) and the bidirectional overrides that can disguise text. */
    private static final java.util.regex.Pattern CONTROL =
            java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\u202A-\\u202E\\u2066-\\u2069]");
    /** What takes no room on screen: spaces of every kind, zero-width characters, marks, soft hyphens. */
    private static final java.util.regex.Pattern INVISIBLE =
            java.util.regex.Pattern.compile("[\\s\\p{Z}\\u200B-\\u200F\\u2060\\uFEFF\\u00AD]");

    /** The text without control characters or bidirectional overrides; null stays null. */
    public static String withoutControlCharacters(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
    }

    /** Empty, or made only of what a reader cannot see. */
    public static boolean isBlank(String text) {
        return text == null || INVISIBLE.matcher(withoutControlCharacters(text)).replaceAll("").isEmpty();
    }

    /** Records a message for the field if the text is required and blank, too long, or holds a CPR number. */
    public static void check(Map<String, String> errors, String field, String text, boolean required, int maxLength) {
        if (isBlank(text)) {
            if (required) {
                errors.put(field, REQUIRED);
            }
            return;
        }
        if (text.length() > maxLength) {
            errors.put(field, TOO_LONG);
        } else if (CprGuard.containsCprNumber(text)) {
            errors.put(field, CPR);
        }
    }

    /** The first and last days the portal accepts: a typo such as 0202 or 20266 is refused, not stored. */
    public static final java.time.LocalDate FIRST_DAY = java.time.LocalDate.of(2000, 1, 1);
    public static final java.time.LocalDate LAST_DAY = java.time.LocalDate.of(2099, 12, 31);

    /** Records a message for the field if the date is missing (when required) or outside 2000–2099. */
    public static void checkDate(Map<String, String> errors, String field, java.time.LocalDate date, boolean required) {
        if (date == null) {
            if (required) {
                errors.put(field, REQUIRED);
            }
        } else if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            errors.put(field, "validation.dateOutOfRange");
        }
    }

    public static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    public static final char LIKE_ESCAPE = '!';

    /** A case-insensitive "contains" pattern for SQL LIKE, or null for an empty search. */
    public static String likePattern(String search) {
        String trimmed = trimToNull(search);
        if (trimmed == null) {
            return null;
        }
        String escaped = trimmed.toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    public static String trimToNull(String text) {
        if (isBlank(text)) {
            return null;
        }
        return withoutControlCharacters(text).strip();
    }
}
