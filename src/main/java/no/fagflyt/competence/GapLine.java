package no.fagflyt.competence;

import java.time.LocalDate;
import java.util.List;

import no.fagflyt.competence.assessment.Assessment;
import no.fagflyt.competence.framework.CompetenceView;

import org.jspecify.annotations.Nullable;

/**
 * One required competence for one person: the strictest required level, every reason it is required,
 * and where the person stands.
 */
public record GapLine(CompetenceView competence, int requiredLevel, List<String> reasons,
        @Nullable Assessment assessment, @Nullable Integer level, @Nullable LocalDate expiresOn, GapStatus status) {

    public int gap() {
        return level == null ? requiredLevel : Math.max(0, requiredLevel - level);
    }

}
