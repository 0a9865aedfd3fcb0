package no.fagflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import no.fagflyt.platform.NorwegianHolidays.Holiday;

import org.junit.jupiter.api.Test;

class NorwegianHolidaysTests {

    @Test
    void easterSundayFollowsTheGregorianComputus() {
        assertThat(NorwegianHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(NorwegianHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(NorwegianHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(NorwegianHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(NorwegianHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void theMovableHolidaysOf2026HangOnEaster() {
        assertThat(NorwegianHolidays.of(2026)).containsEntry(LocalDate.of(2026, 4, 2), Holiday.SKJAERTORSDAG)
            .containsEntry(LocalDate.of(2026, 4, 3), Holiday.LANGFREDAG)
            .containsEntry(LocalDate.of(2026, 4, 5), Holiday.FORSTE_PASKEDAG)
            .containsEntry(LocalDate.of(2026, 4, 6), Holiday.ANDRE_PASKEDAG)
            .containsEntry(LocalDate.of(2026, 5, 14), Holiday.KRISTI_HIMMELFARTSDAG)
            .containsEntry(LocalDate.of(2026, 5, 24), Holiday.FORSTE_PINSEDAG)
            .containsEntry(LocalDate.of(2026, 5, 25), Holiday.ANDRE_PINSEDAG)
            .hasSize(12);
    }

    @Test
    void theMovableHolidaysOf2027ComeInMarch() {
        assertThat(NorwegianHolidays.of(2027)).containsEntry(LocalDate.of(2027, 3, 25), Holiday.SKJAERTORSDAG)
            .containsEntry(LocalDate.of(2027, 3, 26), Holiday.LANGFREDAG)
            .containsEntry(LocalDate.of(2027, 3, 29), Holiday.ANDRE_PASKEDAG)
            .containsEntry(LocalDate.of(2027, 5, 6), Holiday.KRISTI_HIMMELFARTSDAG)
            .containsEntry(LocalDate.of(2027, 5, 17), Holiday.ANDRE_PINSEDAG);
    }

    @Test
    void theFixedHolidaysAreThereEveryYear() {
        assertThat(NorwegianHolidays.of(2030)).containsEntry(LocalDate.of(2030, 1, 1), Holiday.NYTTARSDAG)
            .containsEntry(LocalDate.of(2030, 5, 1), Holiday.ARBEIDERNES_DAG)
            .containsEntry(LocalDate.of(2030, 5, 17), Holiday.GRUNNLOVSDAG)
            .containsEntry(LocalDate.of(2030, 12, 25), Holiday.FORSTE_JULEDAG)
            .containsEntry(LocalDate.of(2030, 12, 26), Holiday.ANDRE_JULEDAG);
        assertThat(NorwegianHolidays.holiday(LocalDate.of(2030, 12, 24))).isEmpty();
    }

    @Test
    void theNextWorkingDaySkipsWeekendsAndHolidays() {
        // Maundy Thursday 2026; Good Friday, the weekend and Easter Monday follow.
        assertThat(NorwegianHolidays.nextWorkingDayAfter(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 7));
        // Christmas Eve 2026 is a Thursday; 25 and 26 December and the Sunday after are not working days.
        assertThat(NorwegianHolidays.nextWorkingDayAfter(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(NorwegianHolidays.isWorkingDay(LocalDate.of(2026, 5, 18))).isTrue();
        assertThat(NorwegianHolidays.isWorkingDay(LocalDate.of(2026, 5, 16))).isFalse();
    }

}
