package no.fagflyt.council.search;

/** A piece of a shown text; {@code match} pieces are the words the search found. */
public record Segment(String text, boolean match) {
}
