package no.fagflyt.competence;

/** How a person stands against one requirement; always shown as text, the colour only repeats it. */
public enum GapStatus {

    MET("badge--ok"), MET_NOT_VALIDATED("badge--warn"), BELOW("badge--bad"), EXPIRED("badge--bad"),
    NOT_ASSESSED("badge--bad");

    private final String badgeClass;

    GapStatus(String badgeClass) {
        this.badgeClass = badgeClass;
    }

    public String labelKey() {
        return "competence.gap." + name();
    }

    public String badgeClass() {
        return badgeClass;
    }

    /** How serious the status is, from met (0) to not assessed at all; the order the constants are declared in. */
    public int severity() {
        return ordinal();
    }

    public boolean isMet() {
        return this == MET || this == MET_NOT_VALIDATED;
    }

}
