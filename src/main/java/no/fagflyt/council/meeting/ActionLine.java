package no.fagflyt.council.meeting;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An action item with its owner's name and where it came from, for meeting pages and follow-up. */
public record ActionLine(long id, long bodyId, String bodyShortName, long meetingId, long agendaItemId,
        @Nullable String caseNumber,
        String description, long ownerPersonId, String ownerName, LocalDate dueDate, @Nullable LocalDate completedOn,
        boolean overdue) {

    public boolean isOpen() {
        return completedOn == null;
    }

}
