package no.fagflyt.competence.campaign;

import java.util.List;

import no.fagflyt.competence.GapStatus;
import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.organisation.UnitView;

/** Two closed campaigns of one unit, the earlier as "then" and the later as "now", per competence. */
public record CampaignComparison(UnitView unit, Campaign then, Campaign now, List<Row> rows) {

    /** A competence in either snapshot; one it was not mapped in counts as zero there. */
    public record Row(CompetenceView competence, StatusCounts then, StatusCounts now) {

        public int change(GapStatus status) {
            return now.count(status) - then.count(status);
        }

        public int metChange() {
            return now.met() - then.met();
        }

    }

    public static List<GapStatus> statuses() {
        return List.of(GapStatus.values());
    }

}
