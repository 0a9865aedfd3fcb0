package no.fagflyt.council.meeting;

/** An action item was written; the search index picks it up in the same transaction. */
public record ActionTextChanged(long actionId) {
}
