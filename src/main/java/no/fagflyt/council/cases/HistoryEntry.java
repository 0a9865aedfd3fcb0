package no.fagflyt.council.cases;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One step in a case's history: submitted, status changed, assigned, put on an agenda, rejected. */
public record HistoryEntry(OffsetDateTime occurredAt, String actorName, String kind, @Nullable CaseStatus fromStatus,
        @Nullable CaseStatus toStatus, @Nullable String note) {

    public String kindKey() {
        return "case.history." + kind;
    }

}
