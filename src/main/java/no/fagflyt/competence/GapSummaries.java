package no.fagflyt.competence;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.fagflyt.competence.assessment.Assessment;
import no.fagflyt.competence.assessment.AssessmentService;
import no.fagflyt.competence.framework.CompetenceKey;
import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.competence.requirement.RequirementProfiles;
import no.fagflyt.competence.requirement.RequirementView;
import no.fagflyt.organisation.AccessPolicy;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonView;
import no.fagflyt.organisation.UnitView;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTexts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gap summary of a clinic or a whole organisation: every person's required set (the strictest level
 * wins, {@link RequirementRule}) judged by {@link GapLine#ofLatestEvidence}, counted by competence, unit and profession.
 * Built from a bounded number of bulk reads whatever the head count: the units and staff, the requirements
 * and tasks of their units, professions and positions, and the assessments and latest evidence expiries in
 * batches of {@value #BATCH} people. For leaders of the unit or above and competence advisers; the summary shows no
 * names, so one audit entry records the read.
 */
@Service
public class GapSummaries {

    public static final String AUDIT_SUMMARY = "ENHET_KOMPETANSEOVERSIKT";

    /** People per query for assessments and evidence, well below the bind-parameter limits of the databases. */
    static final int BATCH = 5_000;

    private static final Collator NORWEGIAN = NorwegianTexts.collator();

    private final OrganisationDirectory directory;

    private final AccessPolicy accessPolicy;

    private final RequirementProfiles requirements;

    private final no.fagflyt.competence.task.TaskCatalogue tasks;

    private final AssessmentService assessments;

    private final AuditLog auditLog;

    private final Clock clock;

    GapSummaries(OrganisationDirectory directory, AccessPolicy accessPolicy, RequirementProfiles requirements,
            no.fagflyt.competence.task.TaskCatalogue tasks, AssessmentService assessments, AuditLog auditLog,
            Clock clock) {
        this.directory = directory;
        this.accessPolicy = accessPolicy;
        this.requirements = requirements;
        this.tasks = tasks;
        this.assessments = assessments;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Whether the user may open the summary of the unit: the same rule as the unit's matrix. */
    public boolean canSee(CurrentUser user, long unitId) {
        return accessPolicy.canSeePeopleOf(user, unitId);
    }

    @Transactional
    public GapSummary forUnit(CurrentUser user, long unitId) {
        LocalDate today = LocalDate.now(clock);
        OrganisationDirectory.SubtreeStaff staff = directory.subtreeStaff(user, unitId, today);
        UnitView unit = staff.unit();
        // Every active unit of the subtree, and which row of the unit table it counts in: the unit itself, or
        // the unit directly below it on its path.
        Map<Long, UnitView> active = new HashMap<>();
        Map<Long, Long> rowOf = new HashMap<>();
        List<UnitView> children = new ArrayList<>();
        int depth = RequirementRule.lineageIds(unit).size();
        for (UnitView u : staff.units()) {
            active.put(u.id(), u);
            List<Long> path = RequirementRule.lineageIds(u);
            rowOf.put(u.id(), path.size() > depth ? path.get(depth) : unitId);
            if (Long.valueOf(unitId).equals(u.parentId())) {
                children.add(u);
            }
        }
        Set<Long> unitIds = new HashSet<>(active.keySet());
        unitIds.addAll(RequirementRule.lineageIds(unit));

        List<PersonView> people = staff.people();
        Set<String> professions = new HashSet<>();
        Set<String> positions = new HashSet<>();
        people.forEach(p -> {
            professions.add(p.professionCode());
            positions.add(p.positionTitle());
        });
        RequirementRule.Index index = new RequirementRule.Index(
                requirements.applying(professions, unitIds, positions), tasks.ofUnits(unitIds));
        List<Long> personIds = people.stream().map(PersonView::id).toList();
        Map<Long, Map<CompetenceKey, Assessment>> assessed = new HashMap<>();
        Map<Long, Map<CompetenceKey, LocalDate>> expiries = new HashMap<>();
        for (List<Long> batch : batches(personIds)) {
            assessments.standingsOf(batch)
                .forEach(a -> assessed.computeIfAbsent(a.personId(), k -> new HashMap<>())
                    .put(new CompetenceKey(a.frameworkId(), a.competenceCode()), a));
            expiries.putAll(assessments.latestEvidenceExpiries(batch));
        }

        GapCounts total = new GapCounts();
        Map<CompetenceKey, CompetenceView> competences = new HashMap<>();
        Map<CompetenceKey, GapCounts> byCompetence = new HashMap<>();
        Map<Long, Group> byUnit = new HashMap<>();
        Map<String, Group> byProfession = new HashMap<>();
        Map<Long, List<Long>> lineageIds = new HashMap<>();
        Map<Long, Set<String>> lineages = new HashMap<>();
        Map<Profile, Map<CompetenceKey, RequirementView>> sharedSets = new HashMap<>();
        for (PersonView person : people) {
            List<Long> lineage = lineageIds.computeIfAbsent(person.unitId(),
                    id -> RequirementRule.lineageIds(active.get(id)));
            Set<String> lineageKeys = lineages.computeIfAbsent(person.unitId(), id -> keys(lineage));
            Map<CompetenceKey, Assessment> mine = assessed.getOrDefault(person.id(), Map.of());
            Map<CompetenceKey, LocalDate> proofs = expiries.getOrDefault(person.id(), Map.of());
            Group unitRow = byUnit.computeIfAbsent(rowOf.get(person.unitId()), id -> new Group());
            Group professionRow = byProfession.computeIfAbsent(person.professionCode(),
                    code -> new Group(person.professionName()));
            unitRow.people++;
            professionRow.people++;
            Map<CompetenceKey, RequirementView> required = index.namesPerformer(person, lineage)
                    ? index.strictestFor(person, lineage, lineageKeys)
                    : sharedSets.computeIfAbsent(
                            new Profile(person.unitId(), person.professionCode(), person.positionTitle()),
                            k -> index.strictestFor(person, lineage, lineageKeys));
            for (var entry : required.entrySet()) {
                RequirementView requirement = entry.getValue();
                GapLine line = GapLine.ofLatestEvidence(requirement.competence(), requirement.requiredLevel(),
                        List.of(), mine.get(entry.getKey()), proofs.get(entry.getKey()), today);
                competences.putIfAbsent(entry.getKey(), requirement.competence());
                byCompetence.computeIfAbsent(entry.getKey(), k -> new GapCounts()).add(line, today);
                total.add(line, today);
                unitRow.counts.add(line, today);
                professionRow.counts.add(line, today);
            }
        }

        List<GapSummary.ByCompetence> competenceRows = byCompetence.entrySet()
            .stream()
            .map(e -> new GapSummary.ByCompetence(competences.get(e.getKey()), e.getValue()))
            .sorted(Comparator.comparingInt((GapSummary.ByCompetence c) -> c.counts().gaps())
                .reversed()
                .thenComparing(c -> c.competence().name(), NORWEGIAN))
            .toList();
        List<GapSummary.ByGroup> unitRows = new ArrayList<>();
        Group direct = byUnit.get(unitId);
        if (direct != null) {
            unitRows.add(new GapSummary.ByGroup(unit.name(), unitId, true, direct.people, direct.counts));
        }
        children.stream()
            .sorted(Comparator.comparing(UnitView::name, NORWEGIAN))
            .forEach(child -> {
                Group row = byUnit.getOrDefault(child.id(), new Group());
                unitRows.add(new GapSummary.ByGroup(child.name(), child.id(), false, row.people, row.counts));
            });
        List<GapSummary.ByGroup> professionRows = byProfession.values()
            .stream()
            .sorted(Comparator.comparing((Group g) -> g.name, NORWEGIAN))
            .map(g -> new GapSummary.ByGroup(g.name, null, false, g.people, g.counts))
            .toList();
        auditLog.record(AuditAction.READ, AUDIT_SUMMARY, unitId, unit.name(),
                people.size() + " personer, " + total.required() + " krav, uten navn");
        return new GapSummary(unit, today, people.size(), total, competenceRows, unitRows, professionRows);
    }

    /** What a required set depends on for someone no task names as a performer. */
    private record Profile(long unitId, String professionCode, String positionTitle) {
    }

    private static final class Group {

        final String name;

        int people;

        final GapCounts counts = new GapCounts();

        Group() {
            this("");
        }

        Group(String name) {
            this.name = name;
        }

    }

    private static Set<String> keys(Collection<Long> ids) {
        Set<String> keys = new HashSet<>();
        ids.forEach(id -> keys.add(String.valueOf(id)));
        return keys;
    }

    private static List<List<Long>> batches(List<Long> ids) {
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        return batches;
    }

}
