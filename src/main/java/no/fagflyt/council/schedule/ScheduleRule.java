package no.fagflyt.council.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.fagflyt.platform.NorwegianHolidays;
import no.fagflyt.platform.NorwegianHolidays.Holiday;
import no.fagflyt.platform.Outcome;

/**
 * When a body meets: the n-th (or last) weekday of every month or of chosen months, from one time to
 * another. July may be skipped; a meeting on a public holiday is moved to the next working day or skipped.
 * For {@link Frequency#MANEDLIG} the months are every month.
 */
public record ScheduleRule(Frequency frequency, Set<Month> months, WeekOrdinal ordinal, Weekday weekday,
        LocalTime startTime, LocalTime endTime, boolean skipJuly, HolidayRule holidayRule) {

    /** The longest period one preview or confirmation covers. */
    public static final int MAX_PERIOD_MONTHS = 24;

    public ScheduleRule {
        months = frequency == Frequency.MANEDLIG ? EnumSet.allOf(Month.class)
                : months.isEmpty() ? EnumSet.noneOf(Month.class) : EnumSet.copyOf(months);
    }

    /**
     * Checks the rule as the person entered it: month numbers 1–12, at least one month that is not skipped,
     * and an end after the start. Refusals name the form field.
     */
    public static Outcome<ScheduleRule> of(Frequency frequency, Collection<Integer> monthNumbers, WeekOrdinal ordinal,
            Weekday weekday, LocalTime startTime, LocalTime endTime, boolean skipJuly, HolidayRule holidayRule) {
        Set<Month> months = EnumSet.noneOf(Month.class);
        if (frequency == Frequency.VALGTE_MANEDER) {
            for (Integer number : monthNumbers) {
                if (number == null || number < 1 || number > 12) {
                    return Outcome.refused("months", "schedule.error.monthInvalid");
                }
                months.add(Month.of(number));
            }
            if (months.isEmpty()) {
                return Outcome.refused("months", "schedule.error.monthsRequired");
            }
            if (skipJuly && months.equals(EnumSet.of(Month.JULY))) {
                return Outcome.refused("months", "schedule.error.onlyJuly");
            }
        }
        if (!endTime.isAfter(startTime)) {
            return Outcome.refused("endTime", "schedule.error.endBeforeStart");
        }
        return Outcome.done(new ScheduleRule(frequency, months, ordinal, weekday, startTime, endTime, skipJuly,
                holidayRule));
    }

    /** Why a date in the preview is where it is, or why it was left out. */
    public enum Reason {
        ORDINARY, MOVED_HOLIDAY, SKIPPED_HOLIDAY, SKIPPED_JULY
    }

    /**
     * One date the rule gives: {@code planned} is where the rule puts it, {@code date} where the meeting
     * goes (empty when skipped); {@code holiday} is the holiday that moved or skipped it.
     */
    public record RuleDate(LocalDate planned, Optional<LocalDate> date, Reason reason, Optional<Holiday> holiday) {

        public boolean skipped() {
            return date.isEmpty();
        }

    }

    /** The dates the rule gives for every planned day from {@code from} to {@code to}, both included. */
    public List<RuleDate> datesBetween(LocalDate from, LocalDate to) {
        List<RuleDate> dates = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(to); month = month.plusMonths(1)) {
            if (!months.contains(month.getMonth())) {
                continue;
            }
            LocalDate planned = ordinal.in(month, weekday.day());
            if (planned.isBefore(from) || planned.isAfter(to)) {
                continue;
            }
            dates.add(place(planned));
        }
        return dates;
    }

    private RuleDate place(LocalDate planned) {
        if (skipJuly && planned.getMonth() == Month.JULY) {
            return new RuleDate(planned, Optional.empty(), Reason.SKIPPED_JULY, Optional.empty());
        }
        Optional<Holiday> holiday = NorwegianHolidays.holiday(planned);
        if (holiday.isEmpty()) {
            return new RuleDate(planned, Optional.of(planned), Reason.ORDINARY, Optional.empty());
        }
        if (holidayRule == HolidayRule.HOPP_OVER) {
            return new RuleDate(planned, Optional.empty(), Reason.SKIPPED_HOLIDAY, holiday);
        }
        return new RuleDate(planned, Optional.of(NorwegianHolidays.nextWorkingDayAfter(planned)),
                Reason.MOVED_HOLIDAY, holiday);
    }

}
