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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import no.fagflyt.competence.assessment.Assessment;
import no.fagflyt.competence.assessment.AssessmentService;
import no.fagflyt.competence.assessment.EvidenceView;
import no.fagflyt.competence.framework.CompetenceKey;
import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.competence.requirement.RequirementProfiles;
import no.fagflyt.competence.requirement.RequirementView;
import no.fagflyt.organisation.AccessPolicy;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.PersonView;
import no.fagflyt.organisation.UnitNode;
import no.fagflyt.organisation.UnitView;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gap summary of a clinic or a whole organisation: every person's required set (the strictest level
 * wins, {@link RequirementRule}) judged by {@link GapLine#of}, counted by competence, unit and profession.
 * Built from a bounded number of bulk reads whatever the head count: the units, the staff, the requirements
 * and tasks of their units, professions and positions, and the assessments and evidence in batches of
 * {@value #BATCH} people. For leaders of the unit or above and competence advisers; the summary shows no
 * names, so one audit entry records the read.
 */
@Service
public class GapSummaries {

    public static final String AUDIT_SUMMARY = "ENHET_KOMPETANSEOVERSIKT";

    /** People per query for assessments and evidence, well below the bind-parameter limits of the databases. */
    static final int BATCH = 5_000;

    private static final Collator NORWEGIAN = Collator.getInstance(Locale.forLanguageTag("nb-NO"));

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
        UnitView unit = directory.unit(unitId);
        if (!canSee(user, unitId)) {
            throw new AccessDeniedProblem("Ingen tilgang til kompetanseoversikt for enhet " + unitId);
        }
        LocalDate today = LocalDate.now(clock);
        UnitNode tree = directory.subtree(unitId, today);
        // Every active unit of the subtree, and which row of the unit table it counts in.
        Map<Long, UnitView> active = new HashMap<>();
        Map<Long, Long> rowOf = new HashMap<>();
        active.put(unitId, unit);
        rowOf.put(unitId, unitId);
        for (UnitNode child : tree.children()) {
            collect(child, child.unit().id(), active, rowOf);
        }
        Set<Long> unitIds = new HashSet<>(active.keySet());
        unitIds.addAll(RequirementRule.lineageIds(unit));

        List<PersonView> people = directory.staff(user, unitId, true, false, today)
            .stream()
            .filter(p -> active.containsKey(p.unitId()))
            .toList();
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
        Map<Long, List<EvidenceView>> evidence = new HashMap<>();
        for (List<Long> batch : batches(personIds)) {
            assessments.assessmentsOf(batch)
                .forEach(a -> assessed.computeIfAbsent(a.personId(), k -> new HashMap<>())
                    .put(new CompetenceKey(a.frameworkId(), a.competenceCode()), a));
            assessments.evidenceOf(batch)
                .forEach(e -> evidence.computeIfAbsent(e.personId(), k -> new ArrayList<>()).add(e));
        }

        GapCounts total = new GapCounts();
        Map<CompetenceKey, CompetenceView> competences = new HashMap<>();
        Map<CompetenceKey, GapCounts> byCompetence = new HashMap<>();
        Map<Long, Group> byUnit = new HashMap<>();
        Map<String, Group> byProfession = new HashMap<>();
        Map<Long, List<Long>> lineageIds = new HashMap<>();
        Map<Long, Set<String>> lineages = new HashMap<>();
        for (PersonView person : people) {
            List<Long> lineage = lineageIds.computeIfAbsent(person.unitId(),
                    id -> RequirementRule.lineageIds(active.get(id)));
            Set<String> lineageKeys = lineages.computeIfAbsent(person.unitId(), id -> keys(lineage));
            Map<CompetenceKey, Assessment> mine = assessed.getOrDefault(person.id(), Map.of());
            List<EvidenceView> proofs = evidence.getOrDefault(person.id(), List.of());
            Group unitRow = byUnit.computeIfAbsent(rowOf.get(person.unitId()), id -> new Group());
            Group professionRow = byProfession.computeIfAbsent(person.professionCode(),
                    code -> new Group(person.professionName()));
            unitRow.people++;
            professionRow.people++;
            for (var entry : index.strictestFor(person, lineage, lineageKeys).entrySet()) {
                RequirementView requirement = entry.getValue();
                GapLine line = GapLine.of(requirement.competence(), requirement.requiredLevel(), List.of(),
                        mine.get(entry.getKey()), proofs, today);
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
        tree.children()
            .stream()
            .map(UnitNode::unit)
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

    private static void collect(UnitNode node, long row, Map<Long, UnitView> active, Map<Long, Long> rowOf) {
        active.put(node.unit().id(), node.unit());
        rowOf.put(node.unit().id(), row);
        node.children().forEach(child -> collect(child, row, active, rowOf));
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
