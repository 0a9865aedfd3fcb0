package no.fagflyt.council.search;

import java.time.LocalDate;
import java.util.List;

import no.fagflyt.council.cases.CaseStatus;

import org.jspecify.annotations.Nullable;

/**
 * One result: where it lives, its title and a snippet split into plain and matching pieces, and what the
 * ranking used (number of query terms found, then their summed field weights).
 */
public record SearchHit(DocumentType type, String url, String bodyShortName, @Nullable String caseNumber,
        @Nullable String context, LocalDate date, List<Segment> title, List<Segment> snippet,
        @Nullable CaseStatus status, int matchedTerms, int score) {
}
