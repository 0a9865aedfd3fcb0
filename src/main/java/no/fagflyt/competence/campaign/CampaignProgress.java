package no.fagflyt.competence.campaign;

import java.util.List;

import no.fagflyt.organisation.UnitView;

/** The leader's view of an open or closed campaign: who has answered, who has begun, who has not. */
public record CampaignProgress(Campaign campaign, UnitView unit, List<CampaignTarget> targets,
        List<Participant> participants, boolean overdue) {

    public int total() {
        return participants.size();
    }

    public int count(ResponseState state) {
        return (int) participants.stream().filter(p -> p.state() == state).count();
    }

    public int done() {
        return count(ResponseState.DONE);
    }

    public int percentDone() {
        return total() == 0 ? 0 : done() * 100 / total();
    }

}
