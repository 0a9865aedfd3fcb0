package no.fagflyt.competence.requirement;

import no.fagflyt.competence.framework.CompetenceView;

/** A required level of a competence for one scope. */
public record RequirementView(long id, RequirementScope scope, String scopeKey, CompetenceView competence,
        int requiredLevel) {
}
