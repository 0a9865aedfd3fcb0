package no.fagflyt.council.cases;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** A case as a line in a list, with names already looked up. */
public record CaseRow(long id, long bodyId, String bodyShortName, String number, String title, CaseCategory category,
        CaseStatus status, boolean confidential, OffsetDateTime submittedAt, String submittingUnitName,
        @Nullable String assigneeName) {
}
