package dk.modningsportal.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input broke a rule; maps each offending field to the translation key of its message. */
public class ValidationFailedException extends RuntimeException {

    private final Map<String, String> fieldMessageKeys;

    public ValidationFailedException(Map<String, String> fieldMessageKeys) {
        super("Invalid input: " + fieldMessageKeys);
        this.fieldMessageKeys = Collections.unmodifiableMap(new LinkedHashMap<>(fieldMessageKeys));
    }

    public Map<String, String> getFieldMessageKeys() {
        return fieldMessageKeys;
    }
}
