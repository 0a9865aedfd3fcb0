package no.fagflyt.competence.campaign;

public enum CampaignStatus {

    OPEN, CLOSED;

    public String labelKey() {
        return "competence.campaign.status." + name();
    }

    public String badgeClass() {
        return this == OPEN ? "badge--warn" : "badge--neutral";
    }

}
