package no.fagflyt.council.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** Which of the month's weekdays: the first to the fourth, or the last. */
public enum WeekOrdinal {

    FORSTE(1), ANDRE(2), TREDJE(3), FJERDE(4), SISTE(-1);

    private final int ordinal;

    WeekOrdinal(int ordinal) {
        this.ordinal = ordinal;
    }

    public LocalDate in(YearMonth month, DayOfWeek day) {
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    }

    public String labelKey() {
        return "schedule.ordinal." + name();
    }

}
