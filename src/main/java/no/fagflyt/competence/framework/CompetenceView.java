package no.fagflyt.competence.framework;

import org.jspecify.annotations.Nullable;

/**
 * A competence as it stands in one framework version; {@code parentId} is the competence above it (null directly
 * under its area) and {@code depth} 1 directly under the area.
 */
public record CompetenceView(long id, long versionId, long frameworkId, String frameworkName, int versionNumber,
        VersionStatus versionStatus, long areaId, String areaName, String code, String name,
        @Nullable String description, CompetenceKind kind, @Nullable TacitCategory tacitCategory,
        @Nullable Integer validityMonths, boolean mandatory, boolean core, @Nullable Long parentId, int depth) {

    /** Framework and code: what stays the same for "this competence" from one version to the next. */
    public CompetenceKey key() {
        return new CompetenceKey(frameworkId, code);
    }

}
