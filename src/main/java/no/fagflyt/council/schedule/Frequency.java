package no.fagflyt.council.schedule;

/** Every month, or only in the months chosen (e.g. the leaders' network 2–4 times a year). */
public enum Frequency {

    MANEDLIG, VALGTE_MANEDER;

    public String labelKey() {
        return "schedule.frequency." + name();
    }

}
