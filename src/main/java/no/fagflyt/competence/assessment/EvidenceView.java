package no.fagflyt.competence.assessment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A piece of documentation registered for a person's competence. */
public record EvidenceView(long id, long personId, long frameworkId, String competenceCode, long competenceId,
        EvidenceKind kind, String title, LocalDate issuedOn, @Nullable LocalDate expiresOn, @Nullable String note,
        String registeredBy) {

    public boolean isExpired(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }

}
