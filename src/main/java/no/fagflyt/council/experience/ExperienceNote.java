package no.fagflyt.council.experience;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A situation a member wants to share, with the reflection the group asks for. */
public record ExperienceNote(long id, long bodyId, long authorPersonId, String authorName, LocalDate occurredOn,
        String title, String whatHappened, String whatWeDid, @Nullable String whatWorked,
        @Nullable String whatCouldDiffer, @Nullable Long agendaItemId, @Nullable Long meetingId, int version) implements GroupMaterial {

    @Override
    public boolean isUsed() {
        return agendaItemId != null;
    }

}
