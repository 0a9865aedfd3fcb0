package no.fagflyt.competence.campaign;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** Someone asked to answer, where they were placed when the campaign started, and how far they have come. */
public record Participant(long personId, String name, String unitName, ResponseState state,
        @Nullable OffsetDateTime completedAt) {
}
