package no.fagflyt.competence.campaign;

import no.fagflyt.competence.framework.CompetenceView;

/** A competence chosen for a campaign, as in the framework version now in use, with the level aimed at. */
public record CampaignTarget(CompetenceView competence, int targetLevel) {
}
