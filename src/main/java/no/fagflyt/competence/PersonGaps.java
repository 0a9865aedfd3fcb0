package no.fagflyt.competence;

import java.util.List;

import no.fagflyt.competence.assessment.Assessment;
import no.fagflyt.competence.assessment.EvidenceView;
import no.fagflyt.competence.assessment.HistoryEntry;
import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.organisation.PersonView;

/** A person's required set with gaps, the assessments outside it, evidence and history. */
public record PersonGaps(PersonView person, List<GapLine> required, List<Assessment> otherAssessments,
        List<EvidenceView> evidence, List<HistoryEntry> history, java.util.Map<Long, CompetenceView> competences) {

    public long gaps() {
        return required.stream().filter(line -> !line.status().isMet()).count();
    }

}
