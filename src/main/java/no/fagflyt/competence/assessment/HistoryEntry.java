package no.fagflyt.competence.assessment;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/** One line of the append-only history of a person's assessments. */
public record HistoryEntry(long assessmentId, long competenceId, HistoryKind kind, int level,
        @Nullable String comment, String actor, OffsetDateTime occurredAt) {

    public java.time.LocalDateTime occurredAtLocal() {
        return occurredAt.atZoneSameInstant(ZoneId.of("Europe/Oslo")).toLocalDateTime();
    }

}
