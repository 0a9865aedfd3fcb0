package no.fagflyt.council.meeting;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An agenda item as shown on a page. {@code hidden} is set when the item belongs to a confidential case
 * and the reader is not a member: the page then shows only that the item exists.
 */
public record AgendaLine(AgendaItem item, @Nullable String caseNumber, boolean hidden, List<ActionLine> actions) {
}
