package no.fagflyt.competence.assessment;

import java.time.OffsetDateTime;

import no.fagflyt.platform.NorwegianTime;

import org.jspecify.annotations.Nullable;

/** One line of the append-only history of a person's assessments. */
public record HistoryEntry(long assessmentId, long competenceId, HistoryKind kind, int level,
        @Nullable String comment, String actor, OffsetDateTime occurredAt) {

    public java.time.LocalDateTime occurredAtLocal() {
        return NorwegianTime.local(occurredAt);
    }

}
