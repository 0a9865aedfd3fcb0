package no.fagflyt.council.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import no.fagflyt.council.schedule.ScheduleRule.Reason;
import no.fagflyt.council.schedule.ScheduleRule.RuleDate;
import no.fagflyt.platform.NorwegianHolidays.Holiday;
import no.fagflyt.platform.Outcome;

import org.junit.jupiter.api.Test;

class ScheduleRuleTests {

    private static final LocalTime NINE = LocalTime.of(9, 0);

    private static final LocalTime ELEVEN = LocalTime.of(11, 0);

    private static ScheduleRule monthly(WeekOrdinal ordinal, Weekday weekday, HolidayRule holidays) {
        return done(ScheduleRule.of(Frequency.MANEDLIG, List.of(), ordinal, weekday, NINE, ELEVEN, true, holidays));
    }

    private static ScheduleRule done(Outcome<ScheduleRule> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<ScheduleRule>) outcome).value();
    }

    @Test
    void theSecondTuesdayOfEveryMonthSkipsJuly() {
        List<RuleDate> dates = monthly(WeekOrdinal.ANDRE, Weekday.TIRSDAG, HolidayRule.FLYTT)
            .datesBetween(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30));
        assertThat(dates).extracting(RuleDate::planned)
            .containsExactly(LocalDate.of(2026, 6, 9), LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 11),
                    LocalDate.of(2026, 9, 8));
        assertThat(dates.get(1)).satisfies(july -> {
            assertThat(july.reason()).isEqualTo(Reason.SKIPPED_JULY);
            assertThat(july.skipped()).isTrue();
        });
        assertThat(dates.get(2).date()).contains(LocalDate.of(2026, 8, 11));
    }

    @Test
    void julyIsKeptWhenNotSkipped() {
        ScheduleRule rule = done(ScheduleRule.of(Frequency.MANEDLIG, List.of(), WeekOrdinal.ANDRE, Weekday.TIRSDAG,
                NINE, ELEVEN, false, HolidayRule.FLYTT));
        assertThat(rule.datesBetween(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31))).singleElement()
            .satisfies(july -> assertThat(july.date()).contains(LocalDate.of(2026, 7, 14)));
    }

    @Test
    void aMeetingOnTheSeventeenthOfMayOnATuesdayMovesToTheNextWorkingDayOrIsSkipped() {
        // In 2033 the 17th of May is the third Tuesday of the month.
        LocalDate constitutionDay = LocalDate.of(2033, 5, 17);
        RuleDate moved = monthly(WeekOrdinal.TREDJE, Weekday.TIRSDAG, HolidayRule.FLYTT)
            .datesBetween(LocalDate.of(2033, 5, 1), LocalDate.of(2033, 5, 31)).get(0);
        assertThat(moved).isEqualTo(new RuleDate(constitutionDay, Optional.of(LocalDate.of(2033, 5, 18)),
                Reason.MOVED_HOLIDAY, Optional.of(Holiday.GRUNNLOVSDAG)));
        RuleDate skipped = monthly(WeekOrdinal.TREDJE, Weekday.TIRSDAG, HolidayRule.HOPP_OVER)
            .datesBetween(LocalDate.of(2033, 5, 1), LocalDate.of(2033, 5, 31)).get(0);
        assertThat(skipped).isEqualTo(new RuleDate(constitutionDay, Optional.empty(), Reason.SKIPPED_HOLIDAY,
                Optional.of(Holiday.GRUNNLOVSDAG)));
    }

    @Test
    void easterMondayAndMaundyThursdayMoveAPastTheWholeEaster() {
        // 6 April 2026 is Easter Monday, the first Monday of April.
        assertThat(monthly(WeekOrdinal.FORSTE, Weekday.MANDAG, HolidayRule.FLYTT)
            .datesBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))).singleElement()
            .satisfies(date -> {
                assertThat(date.date()).contains(LocalDate.of(2026, 4, 7));
                assertThat(date.holiday()).contains(Holiday.ANDRE_PASKEDAG);
            });
        // 25 March 2027 is Maundy Thursday, the last Thursday of March; Good Friday, the weekend and Easter
        // Monday follow, so the meeting moves to Tuesday 30 March.
        assertThat(monthly(WeekOrdinal.SISTE, Weekday.TORSDAG, HolidayRule.FLYTT)
            .datesBetween(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31))).singleElement()
            .satisfies(date -> {
                assertThat(date.date()).contains(LocalDate.of(2027, 3, 30));
                assertThat(date.holiday()).contains(Holiday.SKJAERTORSDAG);
            });
    }

    @Test
    void chosenMonthsGiveOneMeetingInEach() {
        ScheduleRule rule = done(ScheduleRule.of(Frequency.VALGTE_MANEDER, List.of(3, 6, 9, 11), WeekOrdinal.FORSTE,
                Weekday.TORSDAG, LocalTime.of(12, 0), LocalTime.of(15, 0), true, HolidayRule.FLYTT));
        assertThat(rule.datesBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
            .extracting(date -> date.date().orElseThrow())
            .containsExactly(LocalDate.of(2027, 3, 4), LocalDate.of(2027, 6, 3), LocalDate.of(2027, 9, 2),
                    LocalDate.of(2027, 11, 4));
    }

    @Test
    void onlyDaysInsideThePeriodAreListed() {
        assertThat(monthly(WeekOrdinal.ANDRE, Weekday.TIRSDAG, HolidayRule.FLYTT)
            .datesBetween(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 8, 10))).extracting(RuleDate::planned)
            .containsExactly(LocalDate.of(2026, 7, 14));
    }

    @Test
    void badRulesAreRefusedAtTheirField() {
        assertRefused(ScheduleRule.of(Frequency.MANEDLIG, List.of(), WeekOrdinal.ANDRE, Weekday.TIRSDAG, ELEVEN, NINE,
                true, HolidayRule.FLYTT), "endTime", "schedule.error.endBeforeStart");
        assertRefused(ScheduleRule.of(Frequency.MANEDLIG, List.of(), WeekOrdinal.ANDRE, Weekday.TIRSDAG, NINE, NINE,
                true, HolidayRule.FLYTT), "endTime", "schedule.error.endBeforeStart");
        assertRefused(ScheduleRule.of(Frequency.VALGTE_MANEDER, List.of(), WeekOrdinal.ANDRE, Weekday.TIRSDAG, NINE,
                ELEVEN, true, HolidayRule.FLYTT), "months", "schedule.error.monthsRequired");
        assertRefused(ScheduleRule.of(Frequency.VALGTE_MANEDER, List.of(3, 13), WeekOrdinal.ANDRE, Weekday.TIRSDAG,
                NINE, ELEVEN, true, HolidayRule.FLYTT), "months", "schedule.error.monthInvalid");
        assertRefused(ScheduleRule.of(Frequency.VALGTE_MANEDER, List.of(7), WeekOrdinal.ANDRE, Weekday.TIRSDAG, NINE,
                ELEVEN, true, HolidayRule.FLYTT), "months", "schedule.error.onlyJuly");
        // Months are ignored for a monthly rule.
        assertThat(ScheduleRule.of(Frequency.MANEDLIG, List.of(13), WeekOrdinal.ANDRE, Weekday.TIRSDAG, NINE, ELEVEN,
                true, HolidayRule.FLYTT)).isInstanceOf(Outcome.Done.class);
    }

    private static void assertRefused(Outcome<ScheduleRule> outcome, String field, String key) {
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(key);
        });
    }

}
