package no.fagflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** Moments are shown in Norwegian time with Norwegian notation, whatever their offset or the JVM's zone. */
class NorwegianTimeTests {

    @Test
    void aMomentJustBeforeMidnightUtcIsShownOnTheNextNorwegianDay() {
        OffsetDateTime winter = OffsetDateTime.parse("2026-01-14T23:28:00Z");
        assertThat(NorwegianTime.dateTime(winter)).isEqualTo("15.01.2026 kl. 00.28");
        assertThat(NorwegianTime.date(winter)).isEqualTo("15.01.2026");
        assertThat(NorwegianTime.localDate(winter)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(NorwegianTime.dateTime(Instant.parse("2026-06-14T22:28:00Z"))).isEqualTo("15.06.2026 kl. 00.28");
    }

    @Test
    void wallClockValuesAreAlreadyNorwegianAndTimesUseTheDot() {
        assertThat(NorwegianTime.dateTime(LocalDateTime.parse("2027-01-19T09:00"))).isEqualTo("19.01.2027 kl. 09.00");
        assertThat(NorwegianTime.time(LocalTime.of(9, 5))).isEqualTo("09.05");
        assertThat(NorwegianTime.time(OffsetDateTime.parse("2027-01-19T08:00:00Z"))).isEqualTo("09.00");
        assertThat(NorwegianTime.date(LocalDate.of(2027, 5, 17))).isEqualTo("17.05.2027");
        assertThat(NorwegianTime.dateTime(null)).isEmpty();
    }

}
