package no.fagflyt.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Norwegian public holidays (helligdager og offentlige høytidsdager): the fixed days 1 January, 1 May,
 * 17 May, 25 and 26 December, and the days that move with Easter (Maundy Thursday, Good Friday, Easter
 * Sunday and Monday, Ascension Day, Whit Sunday and Monday). Easter Sunday by the Gregorian computus.
 */
public final class NorwegianHolidays {

    /** A public holiday; its Norwegian name is the message {@code holiday.<NAME>}. */
    public enum Holiday {

        NYTTARSDAG, SKJAERTORSDAG, LANGFREDAG, FORSTE_PASKEDAG, ANDRE_PASKEDAG, ARBEIDERNES_DAG, GRUNNLOVSDAG,
        KRISTI_HIMMELFARTSDAG, FORSTE_PINSEDAG, ANDRE_PINSEDAG, FORSTE_JULEDAG, ANDRE_JULEDAG;

        public String labelKey() {
            return "holiday." + name();
        }

    }

    private NorwegianHolidays() {
    }

    /** Easter Sunday of a year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Every public holiday of a year, in date order. */
    public static Map<LocalDate, Holiday> of(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, Holiday> days = new TreeMap<>();
        days.put(MonthDay.of(1, 1).atYear(year), Holiday.NYTTARSDAG);
        days.put(easter.minusDays(3), Holiday.SKJAERTORSDAG);
        days.put(easter.minusDays(2), Holiday.LANGFREDAG);
        days.put(easter, Holiday.FORSTE_PASKEDAG);
        days.put(easter.plusDays(1), Holiday.ANDRE_PASKEDAG);
        days.put(MonthDay.of(5, 1).atYear(year), Holiday.ARBEIDERNES_DAG);
        days.put(MonthDay.of(5, 17).atYear(year), Holiday.GRUNNLOVSDAG);
        days.put(easter.plusDays(39), Holiday.KRISTI_HIMMELFARTSDAG);
        days.put(easter.plusDays(49), Holiday.FORSTE_PINSEDAG);
        days.put(easter.plusDays(50), Holiday.ANDRE_PINSEDAG);
        days.put(MonthDay.of(12, 25).atYear(year), Holiday.FORSTE_JULEDAG);
        days.put(MonthDay.of(12, 26).atYear(year), Holiday.ANDRE_JULEDAG);
        return days;
    }

    public static Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(of(date.getYear()).get(date));
    }

    /** A working day is a weekday that is not a public holiday. */
    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && holiday(date).isEmpty();
    }

    /** The first working day after the given date. */
    public static LocalDate nextWorkingDayAfter(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

}
