package no.fagflyt.council.experience;

import org.jspecify.annotations.Nullable;

/** A topic in the bank, to be taken up when a meeting needs one. */
public record Topic(long id, long bodyId, String title, @Nullable String description, long proposedByPersonId,
        String proposedByName, @Nullable Long agendaItemId, @Nullable Long meetingId, int version)
        implements GroupMaterial {

    @Override
    public boolean isUsed() {
        return agendaItemId != null;
    }

    @Override
    public long authorPersonId() {
        return proposedByPersonId;
    }

}
