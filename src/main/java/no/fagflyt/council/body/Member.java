package no.fagflyt.council.body;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A member's seat with the names looked up from the organisation register. */
public record Member(long id, long bodyId, long personId, String personName, long unitId, String unitName,
        MemberRole role, Seat seat, LocalDate termStart, @Nullable LocalDate termEnd) {

    public boolean isCurrent(LocalDate today) {
        return !termStart.isAfter(today) && (termEnd == null || !termEnd.isBefore(today));
    }

}
