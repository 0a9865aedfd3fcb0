package no.fagflyt.competence.framework;

import org.jspecify.annotations.Nullable;

/** A competence as it stands in one framework version. */
public record CompetenceView(long id, long versionId, long frameworkId, String frameworkName, int versionNumber,
        VersionStatus versionStatus, long areaId, String areaName, String code, String name,
        @Nullable String description, CompetenceKind kind, @Nullable TacitCategory tacitCategory,
        @Nullable Integer validityMonths, boolean mandatory, boolean core) {

    /** Framework and code: what stays the same for "this competence" from one version to the next. */
    public CompetenceKey key() {
        return new CompetenceKey(frameworkId, code);
    }

}
