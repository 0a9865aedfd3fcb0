package no.fagflyt.competence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.fagflyt.competence.framework.CompetenceKey;
import no.fagflyt.competence.requirement.RequirementScope;
import no.fagflyt.competence.requirement.RequirementView;
import no.fagflyt.competence.task.TaskRequirement;
import no.fagflyt.competence.task.UnitTask;
import no.fagflyt.organisation.PersonView;
import no.fagflyt.organisation.UnitView;

/**
 * Which requirements apply to a person, and how several on the same competence combine: the strictest
 * level wins. Shared by the gap analysis of one person or unit and the summary of a whole organisation.
 */
final class RequirementRule {

    private RequirementRule() {
    }

    /**
     * Whether a profile requirement applies to the person placed in a unit with this lineage (the ids of the
     * unit and every unit above it, as text). Task requirements are passed in only for their performers.
     */
    static boolean applies(RequirementView requirement, PersonView person, Set<String> lineage) {
        return switch (requirement.scope()) {
            case PROFESSION -> requirement.scopeKey().equals(person.professionCode());
            case UNIT -> lineage.contains(requirement.scopeKey());
            case POSITION -> requirement.scopeKey().equals(person.positionTitle());
            case TASK -> true;
        };
    }

    /** The requirements among the candidates that apply to the person, grouped by competence in their order. */
    static Map<CompetenceKey, List<RequirementView>> byCompetence(Iterable<RequirementView> candidates,
            PersonView person, Set<String> lineage) {
        Map<CompetenceKey, List<RequirementView>> byKey = new LinkedHashMap<>();
        for (RequirementView requirement : candidates) {
            if (applies(requirement, person, lineage)) {
                byKey.computeIfAbsent(requirement.competence().key(), k -> new ArrayList<>()).add(requirement);
            }
        }
        return byKey;
    }

    /** Of several requirements on one competence, the one with the highest level. */
    static RequirementView strictest(Collection<RequirementView> sources) {
        return sources.stream().max(Comparator.comparingInt(RequirementView::requiredLevel)).orElseThrow();
    }

    /** What the tasks a person performs in their unit or the units above need of them. */
    static List<RequirementView> taskRequirementsOf(PersonView person, UnitView unit, List<UnitTask> all) {
        return taskRequirementsOf(person, new HashSet<>(lineageIds(unit)), all);
    }

    static List<RequirementView> taskRequirementsOf(PersonView person, Collection<Long> lineage,
            Iterable<UnitTask> all) {
        List<RequirementView> views = new ArrayList<>();
        for (UnitTask task : all) {
            if (lineage.contains(task.unitId()) && task.performedBy(person)) {
                views.addAll(asViews(task));
            }
        }
        return views;
    }

    /** A task's competence needs as requirements of scope {@link RequirementScope#TASK}. */
    static List<RequirementView> asViews(UnitTask task) {
        List<RequirementView> views = new ArrayList<>();
        for (TaskRequirement requirement : task.requirements()) {
            views.add(new RequirementView(requirement.id(), RequirementScope.TASK, task.name(),
                    requirement.competence(), requirement.requiredLevel()));
        }
        return views;
    }

    /** The unit and every unit above it, root first. */
    static List<Long> lineageIds(UnitView unit) {
        return lineageIds(unit.path());
    }

    static List<Long> lineageIds(String path) {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }

    /**
     * The requirements that apply to the people of a large unit subtree, indexed by profession, position, unit
     * and task unit, so each person's candidates are looked up instead of every requirement being tried.
     * The same rule decides among the candidates.
     */
    static final class Index {

        private final Map<String, List<RequirementView>> byProfession = new HashMap<>();

        private final Map<String, List<RequirementView>> byPosition = new HashMap<>();

        private final Map<String, List<RequirementView>> byUnit = new HashMap<>();

        private final Map<Long, List<UnitTask>> tasksByUnit = new HashMap<>();

        Index(List<RequirementView> profiles, List<UnitTask> tasks) {
            for (RequirementView requirement : profiles) {
                Map<String, List<RequirementView>> index = switch (requirement.scope()) {
                    case PROFESSION -> byProfession;
                    case POSITION -> byPosition;
                    case UNIT -> byUnit;
                    case TASK -> throw new IllegalArgumentException("Task requirements come with their tasks");
                };
                index.computeIfAbsent(requirement.scopeKey(), k -> new ArrayList<>()).add(requirement);
            }
            tasks.forEach(task -> tasksByUnit.computeIfAbsent(task.unitId(), k -> new ArrayList<>()).add(task));
        }

        /**
         * Whether a task of the unit or a unit above names the person as a performer. When none does, the
         * required set depends only on the unit, profession and position, and people alike can share it.
         */
        boolean namesPerformer(PersonView person, List<Long> lineageIds) {
            for (Long unitId : lineageIds) {
                for (UnitTask task : tasksByUnit.getOrDefault(unitId, List.of())) {
                    if (task.people().contains(person.id())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The person's required set: per competence the strictest of the requirements that apply. */
        Map<CompetenceKey, RequirementView> strictestFor(PersonView person, List<Long> lineageIds,
                Set<String> lineage) {
            List<RequirementView> candidates = new ArrayList<>(
                    byProfession.getOrDefault(person.professionCode(), List.of()));
            candidates.addAll(byPosition.getOrDefault(person.positionTitle(), List.of()));
            List<UnitTask> tasks = new ArrayList<>();
            for (Long unitId : lineageIds) {
                candidates.addAll(byUnit.getOrDefault(String.valueOf(unitId), List.of()));
                tasks.addAll(tasksByUnit.getOrDefault(unitId, List.of()));
            }
            candidates.addAll(taskRequirementsOf(person, lineageIds, tasks));
            Map<CompetenceKey, RequirementView> strictest = new LinkedHashMap<>();
            byCompetence(candidates, person, lineage).forEach((key, sources) -> strictest.put(key, strictest(sources)));
            return strictest;
        }

    }

}
