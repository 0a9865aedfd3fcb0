package no.fagflyt.competence.framework;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The content of one framework version as a whole, apart from the database: what an export writes and
 * an import reads. A framework is a tree of any depth: areas at the top, each with its competences, each of
 * which may have competences below it. Codes are upper case, as the catalogue stores them; what another
 * system called a node is kept beside it, exactly as given ({@link Origin}).
 */
public record FrameworkContent(String code, String name, @Nullable String description, List<ScaleLevel> scale,
        List<Area> areas, Origin origin, ScaleSetup scaleSetup, @Nullable String taxonomies,
        List<Relation> relations) {

    public FrameworkContent(String code, String name, @Nullable String description, List<ScaleLevel> scale,
            List<Area> areas) {
        this(code, name, description, scale, areas, Origin.NONE, ScaleSetup.NONE, null, List.of());
    }

    /**
     * What another system called a node (or the framework), kept so that an export gives back the same: its
     * identifier and URI, human coding scheme, item type, the identifier of the link to its parent, Moodle's
     * completion rule, and the format of a description that is markup (Moodle: 0 auto, 1 HTML, 4 Markdown).
     * A field is null where it would be what we write anyway. {@code nameShortened}: the file had one long
     * text only, which is the description, and the name was made from it.
     */
    public record Origin(@Nullable String externalId, @Nullable String uri, @Nullable String humanCode,
            @Nullable String itemType, @Nullable String descriptionFormat, @Nullable String linkId,
            @Nullable String ruleType, @Nullable String ruleOutcome, @Nullable String ruleConfig,
            boolean nameShortened) {

        public static final Origin NONE = new Origin(null, null, null, null, null, null, null, null, null, false);

        /** The description is HTML (Moodle's formats 0 and 1, or HTML from a CASE file). */
        public boolean isHtml() {
            return "0".equals(descriptionFormat) || "1".equals(descriptionFormat);
        }

    }

    /**
     * Moodle's scale configuration beyond the level names: which Moodle scale, which value is the default and
     * which count as proficient. NONE means what an export writes anyway (lowest default, upper half proficient).
     */
    public record ScaleSetup(@Nullable String externalScaleId, @Nullable Integer defaultLevel,
            List<Integer> proficientLevels) {

        public static final ScaleSetup NONE = new ScaleSetup(null, null, List.of());

        public boolean isNone() {
            return externalScaleId == null && defaultLevel == null && proficientLevels.isEmpty();
        }

    }

    public record Area(String code, String name, List<Competence> competences, @Nullable String description,
            Origin origin, boolean synthetic) {

        public Area(String code, String name, List<Competence> competences) {
            this(code, name, competences, null, Origin.NONE, false);
        }

        /** How relations and files name this area: its own identifier, or our code. */
        public String ref() {
            return origin.externalId() != null ? origin.externalId() : code;
        }

    }

    public record Competence(String code, String name, @Nullable String description, CompetenceKind kind,
            @Nullable TacitCategory tacitCategory, @Nullable Integer validityMonths, boolean mandatory, boolean core,
            Origin origin, List<Competence> children) {

        public Competence(String code, String name, @Nullable String description, CompetenceKind kind,
                @Nullable TacitCategory tacitCategory, @Nullable Integer validityMonths, boolean mandatory,
                boolean core) {
            this(code, name, description, kind, tacitCategory, validityMonths, mandatory, core, Origin.NONE,
                    List.of());
        }

        public String ref() {
            return origin.externalId() != null ? origin.externalId() : code;
        }

    }

    /**
     * A cross-reference between two nodes: Moodle's related competencies ({@code related}) or a CASE association
     * type as given ({@code isRelatedTo}, {@code exactMatchOf}, {@code precedes}, a second {@code isChildOf} …).
     * Ends are node refs; an end outside the framework keeps the URI and title the file gave.
     */
    public record Relation(String type, String originRef, @Nullable String originUri, @Nullable String originTitle,
            String destinationRef, @Nullable String destinationUri, @Nullable String destinationTitle,
            @Nullable String externalId) {

        public static final String MOODLE_RELATED = "related";

        public static final String CASE_RELATED = "isRelatedTo";

        /** Moodle's related competencies and CASE's isRelatedTo go both ways. */
        public boolean isSymmetric() {
            return type.equals(MOODLE_RELATED) || type.equals(CASE_RELATED);
        }

    }

    public int competenceCount() {
        return allCompetences().size();
    }

    /** Every competence at every depth, in tree order. */
    public List<Competence> allCompetences() {
        List<Competence> all = new ArrayList<>();
        areas.forEach(area -> area.competences().forEach(c -> collect(c, all)));
        return all;
    }

    /** How deep the tree is, the areas counting as the first level. */
    public int depth() {
        return areas.stream().mapToInt(area -> 1 + area.competences().stream().mapToInt(FrameworkContent::depth)
            .max().orElse(0)).max().orElse(0);
    }

    private static int depth(Competence competence) {
        return 1 + competence.children().stream().mapToInt(FrameworkContent::depth).max().orElse(0);
    }

    private static void collect(Competence competence, List<Competence> into) {
        into.add(competence);
        competence.children().forEach(child -> collect(child, into));
    }

}
