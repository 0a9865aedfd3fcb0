package no.fagflyt.competence.campaign;

import java.util.EnumMap;
import java.util.Map;

import no.fagflyt.competence.GapStatus;
import no.fagflyt.competence.framework.CompetenceView;

/** How many stood where in one competence at one snapshot. */
public record StatusCounts(CompetenceView competence, Map<GapStatus, Integer> counts) {

    static StatusCounts empty(CompetenceView competence) {
        return new StatusCounts(competence, new EnumMap<>(GapStatus.class));
    }

    void add(GapStatus status) {
        counts.merge(status, 1, Integer::sum);
    }

    public int count(GapStatus status) {
        return counts.getOrDefault(status, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Met, validated or not. */
    public int met() {
        return count(GapStatus.MET) + count(GapStatus.MET_NOT_VALIDATED);
    }

    public int percentMet() {
        return total() == 0 ? 0 : met() * 100 / total();
    }

}
