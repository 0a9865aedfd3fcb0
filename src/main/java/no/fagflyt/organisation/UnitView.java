package no.fagflyt.organisation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A unit as other modules and pages see it. */
public record UnitView(long id, long organisationId, String organisationName, @Nullable Long parentId, String code,
        String name, UnitKind kind, String path, @Nullable LocalDate endedOn, int version) {

    /** 0 for the organisation's root unit. */
    public int depth() {
        return (int) path.chars().filter(ch -> ch == '/').count() - 2;
    }

    public boolean isEnded(LocalDate today) {
        return endedOn != null && !endedOn.isAfter(today);
    }

    /** Whether {@code other} is this unit or lies anywhere below it. */
    public boolean contains(UnitView other) {
        return other.path.startsWith(path);
    }

}
