package no.fagflyt.platform;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Something the signed-in person is asked to do or follow, shown on "Min side": a mapping to answer, an
 * action item they own. The text is already in the user's language; {@code due} orders the list.
 */
public record MyPageItem(String kind, String text, String href, @Nullable LocalDate due, boolean overdue) {
}
