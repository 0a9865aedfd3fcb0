package no.fagflyt.competence.framework;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The content of one framework version as a whole, apart from the database: what an export writes and
 * an import reads. Codes are upper case, as the catalogue stores them.
 */
public record FrameworkContent(String code, String name, @Nullable String description, List<ScaleLevel> scale,
        List<Area> areas) {

    public record Area(String code, String name, List<Competence> competences) {
    }

    public record Competence(String code, String name, @Nullable String description, CompetenceKind kind,
            @Nullable TacitCategory tacitCategory, @Nullable Integer validityMonths, boolean mandatory, boolean core) {
    }

    public int competenceCount() {
        return areas.stream().mapToInt(area -> area.competences().size()).sum();
    }

}
