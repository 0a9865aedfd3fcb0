package no.fagflyt.council.cases;

/** The searchable text of a case was written; the search index picks it up in the same transaction. */
public record CaseTextChanged(long caseId) {
}
