package no.fagflyt.competence.campaign;

import no.fagflyt.competence.GapStatus;
import no.fagflyt.competence.framework.CompetenceView;

import org.jspecify.annotations.Nullable;

/** Where one participant stood in one competence when the campaign was closed. */
public record SnapshotRow(long personId, String name, CompetenceView competence, int requiredLevel,
        @Nullable Integer level, boolean validated, GapStatus status) {
}
