package no.fagflyt.competence.task;

import no.fagflyt.competence.framework.CompetenceView;

/** A competence a unit's task needs, at a target level. */
public record TaskRequirement(long id, CompetenceView competence, int requiredLevel) {
}
