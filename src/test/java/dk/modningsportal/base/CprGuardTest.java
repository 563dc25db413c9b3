package dk.modningsportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CprGuardTest {

    /** Every way a CPR number was seen to slip past the guard, and the plain ones. */
    static final List<String> WRITTEN_AS = List.of(
            "150385-1234", "1503851234", "150385 1234", "15 03 85 1234", "15.03.85-1234", "15/03/85-1234",
            "15.03.85 1234", "150385–1234", "150385—1234", "150385\u22121234", "150385\u00A01234",
            "150385\u200B-1234", "15\u200B0385-1234", "１５０３８５-１２３４", "150385 - 1234", "15-03-85-1234");

    @Test
    void finds_a_cpr_number_however_it_is_written() {
        for (String cpr : WRITTEN_AS) {
            assertThat(CprGuard.containsCprNumber("Borgeren (" + cpr + ") kom ikke")).as(cpr).isTrue();
        }
    }

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
        assertThat(CprGuard.containsCprNumber("32.01.01-1234")).isFalse();
    }

    @Test
    void ignores_ordinary_numbers_phone_numbers_dates_and_longer_digit_runs() {
        assertThat(CprGuard.containsCprNumber("Ring på 70 10 20 30 eller 22334455")).isFalse();
        assertThat(CprGuard.containsCprNumber("14 familier deltog i 2024")).isFalse();
        assertThat(CprGuard.containsCprNumber("Ordre 010203123456")).isFalse();
        assertThat(CprGuard.containsCprNumber("Mødet 15.03.2025 kl. 10-12")).isFalse();
        assertThat(CprGuard.containsCprNumber("210 timer, 125 for en forening, CVR 55133018")).isFalse();
        assertThat(CprGuard.containsCprNumber(null)).isFalse();
    }

    @Test
    void masks_what_it_finds_and_keeps_the_rest() {
        assertThat(CprGuard.mask("bruger 15 03 85 1234")).isEqualTo("bruger [CPR fjernet]");
        assertThat(CprGuard.mask("admin")).isEqualTo("admin");
    }
}
