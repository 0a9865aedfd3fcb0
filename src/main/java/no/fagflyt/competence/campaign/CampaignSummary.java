package no.fagflyt.competence.campaign;

/** A campaign in a list, with how many have answered. */
public record CampaignSummary(Campaign campaign, String unitName, int participants, int done, int inProgress,
        boolean overdue) {

    public int notStarted() {
        return participants - done - inProgress;
    }

    public int percentDone() {
        return participants == 0 ? 0 : done * 100 / participants;
    }

}
