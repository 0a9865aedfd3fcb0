package no.fagflyt.competence.task;

import java.util.List;
import java.util.Set;

import no.fagflyt.organisation.PersonView;

/** A library task as one unit has adopted it: who performs it today and what it needs. */
public record UnitTask(long id, long unitId, long taskId, String code, String name, Set<String> professions,
        Set<Long> people, List<TaskRequirement> requirements) {

    public boolean performedBy(PersonView person) {
        return professions.contains(person.professionCode()) || people.contains(person.id());
    }

}
