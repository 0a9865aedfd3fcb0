package no.fagflyt.council.meeting;

/** An agenda item got its title or minutes written; the search index picks it up in the same transaction. */
public record MinutesTextChanged(long agendaItemId) {
}
