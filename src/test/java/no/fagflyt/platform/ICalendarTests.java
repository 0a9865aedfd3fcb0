package no.fagflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import no.fagflyt.support.ICalendarParser;

import org.junit.jupiter.api.Test;

/** The iCalendar writer against the strict reader: folding, escaping, dates, times and alarms. */
class ICalendarTests {

    private static final Instant STAMP = Instant.parse("2026-03-01T10:15:30Z");

    @Test
    void longNorwegianTextIsFoldedAt75OctetsWithoutSplittingCharactersAndReadsBackWhole() {
        String description = "Æøå, «sitater»; semikolon\\bakstrek\nny linje – ".repeat(12) + "😀 slutt";
        CalendarEntry entry = CalendarEntry.onDay("test-1", LocalDate.of(2026, 3, 31), "Frist: søknad, del 2",
                description, "/min-side", 1);

        byte[] ics = ICalendar.feed("Fagflyt", List.of(entry), "https://fagflyt.example", STAMP)
            .getBytes(StandardCharsets.UTF_8);
        var event = ICalendarParser.parse(ics).event("test-1@fagflyt");

        assertThat(new String(ics, StandardCharsets.UTF_8)).contains("\r\n ");
        assertThat(event.text("SUMMARY")).isEqualTo("Frist: søknad, del 2");
        assertThat(event.text("DESCRIPTION")).isEqualTo(description + "\nhttps://fagflyt.example/min-side");
        assertThat(event.value("DTSTAMP")).isEqualTo("20260301T101530Z");
        assertThat(event.value("DTSTART")).isEqualTo("20260331");
        assertThat(event.value("DTEND")).isEqualTo("20260401");
        assertThat(event.value("TRANSP")).isEqualTo("TRANSPARENT");
    }

    @Test
    void meetingTimesAreOsloTimeWrittenInUtcAcrossSummerTime() {
        var winter = CalendarEntry.meeting("m-1", LocalDateTime.of(2026, 1, 15, 9, 0), LocalDateTime.of(2026, 1, 15, 10, 0),
                "Møte", "", "Rom 1", null, 60, false);
        var summer = CalendarEntry.meeting("m-2", LocalDateTime.of(2026, 6, 15, 9, 0), LocalDateTime.of(2026, 6, 15, 10, 0),
                "Møte", "", null, null, 30, false);

        var calendar = ICalendarParser.parse(ICalendar.feed("Fagflyt", List.of(winter, summer), "", STAMP)
            .getBytes(StandardCharsets.UTF_8));

        assertThat(calendar.event("m-1@fagflyt").value("DTSTART")).isEqualTo("20260115T080000Z");
        assertThat(calendar.event("m-2@fagflyt").value("DTSTART")).isEqualTo("20260615T070000Z");
        assertThat(calendar.event("m-2@fagflyt").property("LOCATION")).isEmpty();
        assertThat(calendar.event("m-2@fagflyt").children("VALARM").get(0).value("TRIGGER")).isEqualTo("-PT30M");
    }

    @Test
    void remindersAreWrittenAsDurations() {
        assertThat(new CalendarEntry.Reminder(-60).trigger()).isEqualTo("-PT1H");
        assertThat(new CalendarEntry.Reminder(-(30 * 24 - 9) * 60).trigger()).isEqualTo("-P29DT15H");
        assertThat(new CalendarEntry.Reminder(9 * 60 + 5).trigger()).isEqualTo("PT9H5M");
        assertThat(new CalendarEntry.Reminder(0).trigger()).isEqualTo("PT0S");
    }

    @Test
    void theStrictReaderRefusesWhatClientsMightNot() {
        String longLine = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + "x".repeat(70) + "\r\nEND:VCALENDAR\r\n";
        String bareLf = "BEGIN:VCALENDAR\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n";
        String unbalanced = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n";

        for (String bad : List.of(longLine, bareLf, unbalanced)) {
            assertThatThrownBy(() -> ICalendarParser.parse(bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class);
        }
    }

}
