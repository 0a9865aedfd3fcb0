package no.fagflyt.competence.campaign;

/**
 * What a campaign maps: what is required of each participant (the required set of the gap analysis, from
 * the requirement profiles and tasks that apply to them), or a chosen set of competences with a target level.
 */
public enum CampaignBasis {

    PROFILE, CHOSEN;

    public String labelKey() {
        return "competence.campaign.basis." + name();
    }

}
