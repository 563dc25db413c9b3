package dk.modningsportal.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * OWASP ASVS V2.1: at least 12 characters, no composition rules, no expiry; refused when it is a common
 * password (the list shipped in {@code security/common-passwords.txt}), the person's own name or address,
 * or a single repeated character. At most 72 bytes, bcrypt's limit.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            common = reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The translation key of what is wrong with the password, or empty when it may be used. */
    Optional<String> problem(String password, UserAccount account) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("validation.passwordTooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("validation.passwordTooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.chars().distinct().count() == 1) {
            return Optional.of("validation.passwordCommon");
        }
        if (account != null && (lower.contains(account.getUsername().toLowerCase(Locale.ROOT))
                || (account.getEmail() != null && lower.contains(account.getEmail().toLowerCase(Locale.ROOT))))) {
            return Optional.of("validation.passwordPersonal");
        }
        return Optional.empty();
    }
}
