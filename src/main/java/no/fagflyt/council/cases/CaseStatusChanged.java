package no.fagflyt.council.cases;

/** A case moved to another status; the search index updates the status its documents are filtered by. */
public record CaseStatusChanged(long caseId) {
}
