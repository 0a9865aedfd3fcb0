package no.fagflyt.council;

/** A case was submitted to a council body; published so notifications can follow later. */
public record CaseSubmitted(long caseId, long bodyId, String caseNumber, long submitterAccountId) {
}
