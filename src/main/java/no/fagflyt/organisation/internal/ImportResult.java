package no.fagflyt.organisation.internal;

/** What a confirmed import did. */
public record ImportResult(String organisationName, int created, int updated, int unchanged) {
}
