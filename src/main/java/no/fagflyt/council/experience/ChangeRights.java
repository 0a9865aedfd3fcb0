package no.fagflyt.council.experience;

import org.jspecify.annotations.Nullable;

/**
 * Whose notes and topics a user may edit and delete in one body: their own, or everyone's when they are the
 * body's leader or secretary or the administrator.
 */
public record ChangeRights(boolean everyones, @Nullable Long personId) {

    public boolean covers(long authorPersonId) {
        return everyones || personId != null && personId == authorPersonId;
    }

}
