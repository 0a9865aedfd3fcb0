package no.fagflyt.council.cases;

import java.time.OffsetDateTime;

/** A file attached to a case, without its content. */
public record CaseAttachment(long id, long caseId, String fileName, String contentType, long sizeBytes,
        String uploadedBy, OffsetDateTime uploadedAt) {
}
