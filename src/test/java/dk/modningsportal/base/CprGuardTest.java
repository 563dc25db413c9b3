package dk.modningsportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CprGuardTest {

    @Test
    void finds_cpr_numbers_with_and_without_dash_or_space() {
        assertThat(CprGuard.containsCprNumber("Borgeren (010203-1234) kom ikke")).isTrue();
        assertThat(CprGuard.containsCprNumber("cpr 0102031234")).isTrue();
        assertThat(CprGuard.containsCprNumber("311299 4321 ringede")).isTrue();
        assertThat(CprGuard.containsCprNumber("født 290200-1111")).isTrue();
    }

    @Test
    void ignores_numbers_that_are_not_a_real_date() {
        assertThat(CprGuard.containsCprNumber("Sag 320101-1234")).isFalse();
        assertThat(CprGuard.containsCprNumber("Journal 011399-1234")).isFalse();
        assertThat(CprGuard.containsCprNumber("290201-1234 er ikke en dato")).isFalse();
    }

    @Test
    void ignores_ordinary_numbers_phone_numbers_and_longer_digit_runs() {
        assertThat(CprGuard.containsCprNumber("Ring på 70 10 20 30 eller 22334455")).isFalse();
        assertThat(CprGuard.containsCprNumber("14 familier deltog i 2024")).isFalse();
        assertThat(CprGuard.containsCprNumber("Ordre 010203123456")).isFalse();
        assertThat(CprGuard.containsCprNumber(null)).isFalse();
    }
}
