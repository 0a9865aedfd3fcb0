package no.fagflyt.competence.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.fagflyt.competence.GapAnalysis;
import no.fagflyt.competence.GapLine;
import no.fagflyt.competence.UnitMatrix;
import no.fagflyt.competence.assessment.Assessment;
import no.fagflyt.competence.assessment.AssessmentService;
import no.fagflyt.competence.assessment.EvidenceView;
import no.fagflyt.competence.framework.CompetenceKey;
import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a campaign asks of each participant, as gap lines: their required set from the gap analysis, or the
 * chosen competences at their target level judged by the same rule ({@link GapLine#of}).
 */
@Component
class CampaignLines {

    // Closing is checked against the closer's rights first; the snapshot itself is then taken by the system,
    // since a professional-development coordinator may close a campaign without seeing anyone's levels.
    private static final CurrentUser SNAPSHOT_TAKER = new CurrentUser(0, "system", null, null, "Fagflyt",
            Set.of(Role.ADMINISTRATOR), true, false);

    private final GapAnalysis gaps;

    private final AssessmentService assessments;

    private final FrameworkQueries frameworks;

    private final OrganisationDirectory directory;

    private final JdbcClient jdbc;

    private final Clock clock;

    CampaignLines(GapAnalysis gaps, AssessmentService assessments, FrameworkQueries frameworks,
            OrganisationDirectory directory, JdbcClient jdbc, Clock clock) {
        this.gaps = gaps;
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The chosen competences, each read as in the version now in use (as requirements are). */
    List<CampaignTarget> targets(long campaignId) {
        Map<Long, Integer> levels = new LinkedHashMap<>();
        jdbc.sql("""
                select k.target_level,
                       coalesce((select max(c.id) from competence c
                                   join framework_version v on v.id = c.framework_version_id
                                  where v.framework_id = k.framework_id and v.status = 'PUBLISHED'
                                    and c.code = k.competence_code), k.competence_id) as competence_id
                from campaign_competence k where k.campaign_id = :campaign
                """)
            .param("campaign", campaignId)
            .query(rs -> {
                levels.put(rs.getLong("competence_id"), rs.getInt("target_level"));
            });
        Map<Long, CompetenceView> competences = new HashMap<>();
        frameworks.competences(levels.keySet()).forEach(c -> competences.put(c.id(), c));
        List<CampaignTarget> targets = new ArrayList<>();
        levels.forEach((id, level) -> targets.add(new CampaignTarget(competences.get(id), level)));
        targets.sort(java.util.Comparator.comparing((CampaignTarget t) -> t.competence().frameworkName())
            .thenComparing(t -> t.competence().areaName())
            .thenComparing(t -> t.competence().name()));
        return targets;
    }

    /** The participant's own lines, read as the participant (the gap analysis checks and audit-logs it). */
    List<GapLine> forSelf(CurrentUser user, Campaign campaign, long personId) {
        if (campaign.basis() == CampaignBasis.PROFILE) {
            return gaps.forPerson(user, personId).required();
        }
        return chosen(targets(campaign.id()), List.of(personId)).getOrDefault(personId, List.of());
    }

    /** Every participant's lines for the snapshot; unchecked, the caller has checked the right to close. */
    Map<Long, List<GapLine>> forAll(Campaign campaign, Collection<Long> personIds) {
        if (campaign.basis() == CampaignBasis.CHOSEN) {
            return chosen(targets(campaign.id()), personIds);
        }
        Map<Long, List<GapLine>> lines = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        if (!directory.unit(campaign.unitId()).isEnded(today)) {
            // One pass over the unit for everyone still placed there...
            UnitMatrix matrix = gaps.forUnit(SNAPSHOT_TAKER, campaign.unitId());
            for (UnitMatrix.Row row : matrix.rows()) {
                if (personIds.contains(row.person().id())) {
                    lines.put(row.person().id(), List.copyOf(row.cells().values()));
                }
            }
        }
        // ...and one at a time for those who have moved or left since the campaign started.
        for (long personId : personIds) {
            if (!lines.containsKey(personId)) {
                try {
                    lines.put(personId, gaps.forPerson(SNAPSHOT_TAKER, personId).required());
                }
                catch (NotFoundProblem gone) {
                    lines.put(personId, List.of());
                }
            }
        }
        return lines;
    }

    private Map<Long, List<GapLine>> chosen(List<CampaignTarget> targets, Collection<Long> personIds) {
        Map<Long, Map<CompetenceKey, Assessment>> assessed = new HashMap<>();
        assessments.assessmentsOf(personIds)
            .forEach(a -> assessed.computeIfAbsent(a.personId(), k -> new HashMap<>())
                .put(new CompetenceKey(a.frameworkId(), a.competenceCode()), a));
        Map<Long, List<EvidenceView>> evidence = new HashMap<>();
        assessments.evidenceOf(personIds)
            .forEach(e -> evidence.computeIfAbsent(e.personId(), k -> new ArrayList<>()).add(e));
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<GapLine>> lines = new HashMap<>();
        for (long personId : personIds) {
            Map<CompetenceKey, Assessment> mine = assessed.getOrDefault(personId, Map.of());
            List<GapLine> personal = new ArrayList<>();
            for (CampaignTarget target : targets) {
                personal.add(GapLine.of(target.competence(), target.targetLevel(), List.of(),
                        mine.get(target.competence().key()), evidence.getOrDefault(personId, List.of()), today));
            }
            lines.put(personId, personal);
        }
        return lines;
    }

}
