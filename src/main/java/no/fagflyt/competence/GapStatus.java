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

    public boolean isMet() {
        return this == MET || this == MET_NOT_VALIDATED;
    }

}
