package no.fagflyt.platform;

import java.util.List;

/**
 * Implemented by each module that has dates for a person, so the personal calendar feed can list them
 * without the platform knowing the modules. Called without a signed-in session (the calendar client
 * fetches the feed by its private link): implementations decide access from {@code user} alone and return
 * only what that person may see.
 */
public interface CalendarContributor {

    /** Called only for accounts linked to a person: an account without one has nothing of its own to list. */
    List<CalendarEntry> entriesFor(CurrentUser user, long personId);

}
