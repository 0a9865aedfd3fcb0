package no.fagflyt.competence.campaign;

import java.util.List;
import java.util.Map;

import no.fagflyt.competence.GapLine;
import no.fagflyt.competence.framework.ScaleLevel;
import no.fagflyt.organisation.UnitView;

/** What one participant is asked to assess in a campaign, where they stand now, and whether they are done. */
public record AnswerSheet(Campaign campaign, UnitView unit, List<GapLine> lines, Map<Long, List<ScaleLevel>> scales,
        boolean completed) {

    public List<ScaleLevel> levels(GapLine line) {
        return scales.getOrDefault(line.competence().versionId(), List.of());
    }

    /** A framework's scale, once for each framework version the sheet's competences are in. */
    public record Scale(String frameworkName, int versionNumber, List<ScaleLevel> levels) {
    }

    public List<Scale> scaleList() {
        Map<Long, Scale> distinct = new java.util.LinkedHashMap<>();
        for (GapLine line : lines) {
            distinct.computeIfAbsent(line.competence().versionId(), id -> new Scale(line.competence().frameworkName(),
                    line.competence().versionNumber(), levels(line)));
        }
        return List.copyOf(distinct.values());
    }

    public long answered() {
        return lines.stream().filter(line -> line.level() != null).count();
    }

    public List<String> unanswered() {
        return lines.stream().filter(line -> line.level() == null).map(line -> line.competence().name()).toList();
    }

}
