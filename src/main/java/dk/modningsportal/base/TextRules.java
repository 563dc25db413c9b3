package dk.modningsportal.base;

import java.util.Map;

/** Shared checks for free-text fields, used by services before anything is stored. */
public final class TextRules {

    public static final String REQUIRED = "validation.required";
    public static final String TOO_LONG = "validation.tooLong";
    public static final String CPR = "validation.cpr";

    private TextRules() {
    }

    /** Records a message for the field if the text is required and blank, too long, or holds a CPR number. */
    public static void check(Map<String, String> errors, String field, String text, boolean required, int maxLength) {
        if (text == null || text.isBlank()) {
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
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
