package no.fagflyt.competence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.organisation.UnitView;

import org.jspecify.annotations.Nullable;

/**
 * The gaps of everyone in a unit and below, without names: counted by competence (most gaps first), by the
 * units directly below (each with its own subtree; the people placed in the unit itself on a row of their
 * own) and by profession.
 */
public record GapSummary(UnitView unit, LocalDate today, int people, GapCounts total,
        List<ByCompetence> competences, List<ByGroup> units, List<ByGroup> professions) {

    /** How many competences the chart shows: those with the most gaps. */
    public static final int CHART_BARS = 12;

    public record ByCompetence(CompetenceView competence, GapCounts counts) {
    }

    /**
     * A unit (with its subtree) or a profession. For units, {@code unitId} links to the unit's own summary;
     * {@code direct} marks the row of the people placed in the summarised unit itself.
     */
    public record ByGroup(String name, @Nullable Long unitId, boolean direct, int people, GapCounts counts) {
    }

    /** The competences with the most gaps, at most {@link #CHART_BARS}, and only those with any. */
    public List<ByCompetence> chart() {
        return competences.stream()
            .filter(c -> c.counts().gaps() > 0)
            .sorted(Comparator.comparingInt((ByCompetence c) -> c.counts().gaps()).reversed())
            .limit(CHART_BARS)
            .toList();
    }

}
