package no.fagflyt.council.schedule;

import java.time.DayOfWeek;

/** The working weekdays a body can meet on. */
public enum Weekday {

    MANDAG(DayOfWeek.MONDAY), TIRSDAG(DayOfWeek.TUESDAY), ONSDAG(DayOfWeek.WEDNESDAY), TORSDAG(DayOfWeek.THURSDAY),
    FREDAG(DayOfWeek.FRIDAY);

    private final DayOfWeek day;

    Weekday(DayOfWeek day) {
        this.day = day;
    }

    public DayOfWeek day() {
        return day;
    }

    /** The weekday of a working day; a weekend day has none. */
    public static Weekday of(DayOfWeek day) {
        for (Weekday weekday : values()) {
            if (weekday.day == day) {
                return weekday;
            }
        }
        throw new IllegalArgumentException("Not a working weekday: " + day);
    }

    public String labelKey() {
        return "schedule.weekday." + name();
    }

}
