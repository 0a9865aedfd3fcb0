package no.fagflyt.competence.campaign;

/** How far a participant has come: always shown as text, the colour only repeats it. */
public enum ResponseState {

    DONE("badge--ok"), IN_PROGRESS("badge--warn"), NOT_STARTED("badge--bad");

    private final String badgeClass;

    ResponseState(String badgeClass) {
        this.badgeClass = badgeClass;
    }

    public String labelKey() {
        return "competence.campaign.response." + name();
    }

    public String badgeClass() {
        return badgeClass;
    }

}
