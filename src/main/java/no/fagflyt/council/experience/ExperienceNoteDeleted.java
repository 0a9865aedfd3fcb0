package no.fagflyt.council.experience;

/** A note was deleted; the search index forgets it in the same transaction. */
public record ExperienceNoteDeleted(long noteId) {
}
