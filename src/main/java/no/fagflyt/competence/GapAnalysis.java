package no.fagflyt.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.fagflyt.competence.assessment.Assessment;
import no.fagflyt.competence.assessment.AssessmentService;
import no.fagflyt.competence.assessment.EvidenceView;
import no.fagflyt.competence.framework.CompetenceKey;
import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.competence.requirement.RequirementProfiles;
import no.fagflyt.competence.requirement.RequirementView;
import no.fagflyt.competence.task.TaskCatalogue;
import no.fagflyt.competence.task.UnitTask;
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
 * Combines requirement profiles (strictest level wins) with assessments and evidence into gaps, per person
 * and per unit. Personal competence data: access is checked here and every read is audit-logged.
 */
@Service
public class GapAnalysis {

    public static final String AUDIT_PERSON_COMPETENCE = "PERSON_KOMPETANSE";

    public static final String AUDIT_UNIT_COMPETENCE = "ENHET_KOMPETANSE";

    private final OrganisationDirectory directory;

    private final RequirementProfiles requirements;

    private final AssessmentService assessments;

    private final FrameworkQueries frameworks;

    private final AuditLog auditLog;

    private final NorwegianTexts messages;

    private final TaskCatalogue tasks;

    private final Clock clock;

    GapAnalysis(OrganisationDirectory directory, RequirementProfiles requirements,
            AssessmentService assessments, FrameworkQueries frameworks, AuditLog auditLog, NorwegianTexts messages,
            TaskCatalogue tasks, Clock clock) {
        this.tasks = tasks;
        this.directory = directory;
        this.requirements = requirements;
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** The person's competence with gaps; for the person, their leaders and the competence advisers. */
    @Transactional
    public PersonGaps forPerson(CurrentUser user, long personId) {
        PersonView person = directory.person(user, personId);
        LocalDate today = LocalDate.now(clock);
        UnitView unit = directory.unit(person.unitId());
        Map<Long, UnitView> units = new HashMap<>();
        directory.lineage(unit).forEach(u -> units.put(u.id(), u));
        List<RequirementView> applying = new ArrayList<>(requirements.applying(Set.of(person.professionCode()),
                lineageIds(unit), Set.of(person.positionTitle())));
        applying.addAll(taskRequirementsOf(person, unit, tasks.ofUnits(lineageIds(unit))));
        Names names = new Names(units, professionNames(List.of(person)));
        List<Assessment> mine = assessments.assessmentsOf(List.of(personId));
        List<EvidenceView> evidence = assessments.evidenceOf(List.of(personId));
        Map<CompetenceKey, Assessment> assessed = new HashMap<>();
        mine.forEach(a -> assessed.put(new CompetenceKey(a.frameworkId(), a.competenceCode()), a));
        List<GapLine> lines = linesFor(person, Lineage.of(unit).keys(), applying, names, assessed, evidence, today);
        Set<CompetenceKey> required = new HashSet<>();
        lines.forEach(line -> required.add(line.competence().key()));
        List<Assessment> others = mine.stream()
            .filter(a -> !required.contains(new CompetenceKey(a.frameworkId(), a.competenceCode())))
            .toList();
        var history = assessments.historyOf(personId);
        Set<Long> ids = new HashSet<>();
        mine.forEach(a -> ids.add(a.competenceId()));
        evidence.forEach(e -> ids.add(e.competenceId()));
        history.forEach(h -> ids.add(h.competenceId()));
        Map<Long, CompetenceView> competences = new HashMap<>();
        frameworks.competences(ids).forEach(c -> competences.put(c.id(), c));
        auditLog.record(AuditAction.READ, AUDIT_PERSON_COMPETENCE, personId, person.fullName(),
                lines.size() + " krav, " + mine.size() + " vurderinger");
        return new PersonGaps(person, lines, others, evidence, history, competences);
    }

    /** Everyone in the unit and below against what is required of them; leaders and competence advisers only. */
    @Transactional
    public UnitMatrix forUnit(CurrentUser user, long unitId) {
        LocalDate today = LocalDate.now(clock);
        OrganisationDirectory.SubtreeStaff staff = directory.subtreeStaff(user, unitId, today);
        UnitView unit = staff.unit();
        Map<Long, UnitView> units = new HashMap<>();
        staff.lineage().forEach(u -> units.put(u.id(), u));
        staff.units().forEach(u -> units.put(u.id(), u));
        List<PersonView> people = staff.people();
        Set<String> professions = new HashSet<>();
        Set<String> positions = new HashSet<>();
        people.forEach(p -> {
            professions.add(p.professionCode());
            positions.add(p.positionTitle());
        });
        List<RequirementView> applying = requirements.applying(professions, units.keySet(), positions);
        List<UnitTask> unitTasks = tasks.ofUnits(units.keySet());
        List<Long> personIds = people.stream().map(PersonView::id).toList();
        Map<Long, Map<CompetenceKey, Assessment>> assessedByPerson = new HashMap<>();
        assessments.assessmentsOf(personIds)
            .forEach(a -> assessedByPerson.computeIfAbsent(a.personId(), k -> new HashMap<>())
                .put(new CompetenceKey(a.frameworkId(), a.competenceCode()), a));
        Map<Long, List<EvidenceView>> evidenceByPerson = new HashMap<>();
        assessments.evidenceOf(personIds)
            .forEach(e -> evidenceByPerson.computeIfAbsent(e.personId(), k -> new ArrayList<>()).add(e));
        Names names = new Names(units, professionNames(people));
        Map<Long, Lineage> lineages = new HashMap<>();
        Map<CompetenceKey, CompetenceView> columns = new LinkedHashMap<>();
        List<UnitMatrix.Row> rows = new ArrayList<>();
        for (PersonView person : people) {
            Lineage lineage = lineages.computeIfAbsent(person.unitId(), id -> Lineage.of(units.get(id)));
            List<RequirementView> personal = new ArrayList<>(applying);
            personal.addAll(RequirementRule.taskRequirementsOf(person, lineage.ids(), unitTasks));
            List<GapLine> lines = linesFor(person, lineage.keys(), personal, names,
                    assessedByPerson.getOrDefault(person.id(), Map.of()),
                    evidenceByPerson.getOrDefault(person.id(), List.of()), today);
            Map<CompetenceKey, GapLine> cells = new HashMap<>();
            for (GapLine line : lines) {
                cells.put(line.competence().key(), line);
                columns.putIfAbsent(line.competence().key(), line.competence());
            }
            rows.add(new UnitMatrix.Row(person, cells));
        }
        List<CompetenceView> sortedColumns = columns.values()
            .stream()
            .sorted(Comparator.comparing(CompetenceView::frameworkName).thenComparing(CompetenceView::areaName)
                .thenComparing(CompetenceView::name))
            .toList();
        auditLog.record(AuditAction.READ, AUDIT_UNIT_COMPETENCE, unitId, unit.name(),
                rows.size() + " personer, " + sortedColumns.size() + " kompetanser");
        List<UnitMatrix.TaskCoverage> coverage = new ArrayList<>();
        for (UnitTask task : unitTasks) {
            // tasks of the units above apply to these people too, but their coverage belongs to those units
            UnitView taskUnit = units.get(task.unitId());
            if (taskUnit == null || !unit.contains(taskUnit)) {
                continue;
            }
            coverage.add(coverage(task, taskUnit, rows, lineages, assessedByPerson, evidenceByPerson, today));
        }
        return new UnitMatrix(unit, sortedColumns, rows, coverage);
    }

    /** The ids of a unit and every unit above it, as numbers for tasks and as text for requirement scope keys. */
    private record Lineage(Set<Long> ids, Set<String> keys) {

        static Lineage of(UnitView unit) {
            Set<Long> ids = new HashSet<>(lineageIds(unit));
            Set<String> keys = new HashSet<>();
            ids.forEach(id -> keys.add(String.valueOf(id)));
            return new Lineage(ids, keys);
        }

    }

    private List<GapLine> linesFor(PersonView person, Set<String> lineage, List<RequirementView> all, Names names,
            Map<CompetenceKey, Assessment> assessed, List<EvidenceView> evidence, LocalDate today) {
        Map<CompetenceKey, List<RequirementView>> byKey = RequirementRule.byCompetence(all, person, lineage);
        List<GapLine> lines = new ArrayList<>();
        for (var entry : byKey.entrySet()) {
            List<RequirementView> sources = entry.getValue();
            RequirementView strictest = RequirementRule.strictest(sources);
            List<String> reasons = sources.stream()
                .sorted(Comparator.comparingInt(RequirementView::requiredLevel).reversed())
                .map(r -> reason(r, names))
                .toList();
            lines.add(GapLine.of(strictest.competence(), strictest.requiredLevel(), reasons,
                    assessed.get(entry.getKey()), evidence, today));
        }
        lines.sort(Comparator.comparing((GapLine l) -> l.competence().frameworkName())
            .thenComparing(l -> l.competence().areaName())
            .thenComparing(l -> l.competence().name()));
        return lines;
    }

    /** Unit and profession names for the reasons, and each reason formatted once per call. */
    private record Names(Map<Long, UnitView> units, Map<String, String> professions, Map<String, String> reasons) {

        Names(Map<Long, UnitView> units, Map<String, String> professions) {
            this(units, professions, new HashMap<>());
        }

    }

    private String reason(RequirementView requirement, Names names) {
        return names.reasons().computeIfAbsent(requirement.scope() + "/" + requirement.scopeKey() + "/"
                + requirement.requiredLevel(), key -> formatReason(requirement, names.units(), names.professions()));
    }

    private String formatReason(RequirementView requirement, Map<Long, UnitView> units, Map<String, String> professions) {
        String scope = switch (requirement.scope()) {
            case PROFESSION -> professions.getOrDefault(requirement.scopeKey(), requirement.scopeKey());
            case UNIT -> {
                UnitView unit = units.get(Long.parseLong(requirement.scopeKey()));
                yield unit == null ? requirement.scopeKey() : unit.name();
            }
            case POSITION, TASK -> requirement.scopeKey();
        };
        return messages.text("competence.reason." + requirement.scope().name(), scope, requirement.requiredLevel());
    }

    /** What the tasks a person performs in their unit or the units above need of them. */
    private static List<RequirementView> taskRequirementsOf(PersonView person, UnitView unit, List<UnitTask> all) {
        return RequirementRule.taskRequirementsOf(person, unit, all);
    }

    /**
     * How many in the task's unit (and below) can do the task now: they meet every competence it needs.
     * A task without competence requirements counts its performers, as nothing else is known. The task's
     * needs are combined once (strictest level per competence) and judged for each person from what was read.
     */
    private static UnitMatrix.TaskCoverage coverage(UnitTask task, UnitView taskUnit, List<UnitMatrix.Row> rows,
            Map<Long, Lineage> lineages, Map<Long, Map<CompetenceKey, Assessment>> assessedByPerson,
            Map<Long, List<EvidenceView>> evidenceByPerson, LocalDate today) {
        Map<CompetenceKey, RequirementView> needs = new LinkedHashMap<>();
        for (RequirementView need : RequirementRule.asViews(task)) {
            needs.merge(need.competence().key(), need,
                    (a, b) -> RequirementRule.strictest(List.of(a, b)));
        }
        List<String> able = new ArrayList<>();
        int performers = 0;
        for (UnitMatrix.Row row : rows) {
            PersonView person = row.person();
            if (!lineages.get(person.unitId()).ids().contains(task.unitId())) {
                continue;
            }
            boolean performs = task.performedBy(person);
            if (performs) {
                performers++;
            }
            Map<CompetenceKey, Assessment> assessed = assessedByPerson.getOrDefault(person.id(), Map.of());
            List<EvidenceView> evidence = evidenceByPerson.getOrDefault(person.id(), List.of());
            boolean can = needs.isEmpty() ? performs
                    : needs.entrySet()
                        .stream()
                        .allMatch(need -> GapLine.of(need.getValue().competence(), need.getValue().requiredLevel(),
                                List.of(), assessed.get(need.getKey()), evidence, today).status().isMet());
            if (can) {
                able.add(person.firstName() + " " + person.lastName());
            }
        }
        return new UnitMatrix.TaskCoverage(task, taskUnit.name(), performers, able);
    }

    /** The profession names the reasons need: profession requirements apply only to these people's professions. */
    private static Map<String, String> professionNames(List<PersonView> people) {
        Map<String, String> names = new HashMap<>();
        people.forEach(p -> names.put(p.professionCode(), p.professionName()));
        return names;
    }

    private static List<Long> lineageIds(UnitView unit) {
        return RequirementRule.lineageIds(unit);
    }

}
