package no.fagflyt.council.experience;

/** A note was written; the search index picks it up in the same transaction. */
public record ExperienceTextChanged(long noteId) {
}
