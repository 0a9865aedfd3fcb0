package no.fagflyt.council.schedule;

/** What happens to a meeting that falls on a public holiday. */
public enum HolidayRule {

    FLYTT, HOPP_OVER;

    public String labelKey() {
        return "schedule.holidayRule." + name();
    }

}
