package no.fagflyt.competence.framework;

import org.jspecify.annotations.Nullable;

/** What a framework editor fills in for a new competence in a draft version. */
public record CompetenceDraft(long areaId, String code, String name, @Nullable String description,
        CompetenceKind kind, @Nullable TacitCategory tacitCategory, @Nullable Integer validityMonths,
        boolean mandatory, boolean core) {
}
