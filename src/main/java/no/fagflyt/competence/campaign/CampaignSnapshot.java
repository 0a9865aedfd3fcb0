package no.fagflyt.competence.campaign;

import java.util.List;

import no.fagflyt.organisation.UnitView;

/**
 * A closed campaign's snapshot: counts by competence and status for everyone who may follow the campaign,
 * and the personal rows only for those who may see the people ({@code personal}).
 */
public record CampaignSnapshot(Campaign campaign, UnitView unit, List<StatusCounts> byCompetence,
        boolean personal, List<SnapshotRow> rows, int participants, int responded) {
}
