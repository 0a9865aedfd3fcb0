package no.fagflyt.council.experience;

import org.jspecify.annotations.Nullable;

/** A topic in the bank, to be taken up when a meeting needs one. */
public record Topic(long id, long bodyId, String title, @Nullable String description, String proposedByName,
        @Nullable Long agendaItemId, @Nullable Long meetingId) {

    public boolean isUsed() {
        return agendaItemId != null;
    }

}
