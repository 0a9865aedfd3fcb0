package no.fagflyt.competence.framework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads of frameworks for pages and for the other parts of the module; frameworks are not personal data. */
@Service
public class FrameworkQueries {

    static final String COMPETENCE_SELECT = """
            select c.id, c.framework_version_id, v.framework_id, f.name as framework_name, v.number as version_number,
                   v.status as version_status, c.area_id, a.name as area_name, c.code, c.name, c.description, c.kind,
                   c.tacit_category, c.validity_months, c.mandatory, c.core, c.parent_id, c.depth
            from competence c
            join competence_area a on a.id = c.area_id
            join framework_version v on v.id = c.framework_version_id
            join competence_framework f on f.id = v.framework_id
            """;

    private final JdbcClient jdbc;

    private final FrameworkRepository frameworks;

    private final FrameworkVersionRepository versions;

    FrameworkQueries(JdbcClient jdbc, FrameworkRepository frameworks, FrameworkVersionRepository versions) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.versions = versions;
    }

    public record FrameworkSummary(long id, String code, String name, @Nullable Integer publishedNumber,
            @Nullable Long publishedVersionId, @Nullable Long draftVersionId, int competences) {
    }

    public record AreaView(long id, String code, String name, List<CompetenceView> competences) {
    }

    public record VersionDetails(Framework framework, FrameworkVersion version, List<AreaView> areas,
            List<FrameworkVersion> allVersions, Map<Long, NodeInfo> nodes, @Nullable String safeDescription) {

        public int competenceCount() {
            return areas.stream().mapToInt(area -> area.competences().size()).sum();
        }

        public NodeInfo node(CompetenceView competence) {
            return nodes.getOrDefault(competence.id(), NodeInfo.EMPTY);
        }

    }

    /**
     * What the framework page shows about a competence beyond its own fields: the names above it (area first),
     * the identifier other systems know it by, its description made safe to show, and its cross-references.
     */
    public record NodeInfo(List<String> path, @Nullable String ref, @Nullable String safeDescription,
            List<RelationLine> relations) {

        static final NodeInfo EMPTY = new NodeInfo(List.of(), null, null, List.of());

    }

    /**
     * A cross-reference as seen from one competence: its kind as a message key (with the file's own word beside
     * it), the other end's name, and whether it points from this competence or to it.
     */
    public record RelationLine(String labelKey, String type, String otherName, boolean outgoing) {
    }

    /** The CASE association types (and Moodle's related) that have a Norwegian label. */
    private static final java.util.Set<String> LABELLED_RELATIONS = java.util.Set.of("related", "isRelatedTo",
            "exactMatchOf", "precedes", "isPeerOf", "isPartOf", "replacedBy", "exemplar", "hasSkillLevel",
            "isChildOf");

    public List<FrameworkSummary> frameworks() {
        return jdbc.sql("""
                select f.id, f.code, f.name,
                       (select max(v.number) from framework_version v
                         where v.framework_id = f.id and v.status = 'PUBLISHED') as published_number,
                       (select max(v.id) from framework_version v
                         where v.framework_id = f.id and v.status = 'PUBLISHED') as published_version_id,
                       (select max(v.id) from framework_version v
                         where v.framework_id = f.id and v.status = 'DRAFT') as draft_version_id,
                       (select count(*) from competence c join framework_version v on v.id = c.framework_version_id
                         where v.framework_id = f.id and v.status = 'PUBLISHED') as competences
                from competence_framework f order by f.name
                """)
            .query((rs, n) -> new FrameworkSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                    (Integer) rs.getObject("published_number", Integer.class),
                    (Long) rs.getObject("published_version_id", Long.class),
                    (Long) rs.getObject("draft_version_id", Long.class), rs.getInt("competences")))
            .list();
    }

    public FrameworkVersion version(long versionId) {
        return versions.findById(versionId).orElseThrow(() -> new NotFoundProblem("Rammeverksversjon " + versionId));
    }

    public Framework framework(long frameworkId) {
        return frameworks.findById(frameworkId).orElseThrow(() -> new NotFoundProblem("Rammeverk " + frameworkId));
    }

    public List<FrameworkVersion> versionsOf(long frameworkId) {
        return versions.findByFrameworkIdOrderByNumberDesc(frameworkId);
    }

    /** The version now in use, if the framework has been published. */
    public Optional<FrameworkVersion> publishedVersion(long frameworkId) {
        return versionsOf(frameworkId).stream().filter(FrameworkVersion::isPublished).findFirst();
    }

    /** A version with its areas and competences, in three queries. */
    public VersionDetails details(long versionId) {
        FrameworkVersion version = version(versionId);
        Framework framework = framework(version.frameworkId());
        Map<Long, AreaView> areas = new LinkedHashMap<>();
        jdbc.sql("select id, code, name from competence_area where framework_version_id = :v order by sort_order, id")
            .param("v", versionId)
            .query(rs -> {
                long id = rs.getLong("id");
                areas.put(id, new AreaView(id, rs.getString("code"), rs.getString("name"), new ArrayList<>()));
            });
        for (CompetenceView competence : jdbc.sql(COMPETENCE_SELECT + " where c.framework_version_id = :v"
                + " order by c.sort_order, c.id").param("v", versionId).query(FrameworkQueries::competence).list()) {
            areas.get(competence.areaId()).competences().add(competence);
        }
        List<String> formats = jdbc.sql("select description_format from framework_version where id = :v")
            .param("v", versionId)
            .query(String.class)
            .list();
        String format = formats.isEmpty() ? null : formats.get(0);
        return new VersionDetails(framework, version, List.copyOf(areas.values()), versionsOf(framework.id()),
                nodes(versionId, areas), DescriptionHtml.safe(framework.description(), format));
    }

    /** Paths, refs, safe descriptions and cross-references of a version's competences, in two more queries. */
    private Map<Long, NodeInfo> nodes(long versionId, Map<Long, AreaView> areas) {
        record Row(long id, @Nullable Long parentId, long areaId, String name, String ref, @Nullable String description,
                @Nullable String format) {
        }
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("""
                select id, parent_id, area_id, name, coalesce(external_id, code) as ref, description, description_format
                from competence where framework_version_id = :v
                """).param("v", versionId).query(rs -> {
            rows.put(rs.getLong("id"), new Row(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class),
                    rs.getLong("area_id"), rs.getString("name"), rs.getString("ref"), rs.getString("description"),
                    rs.getString("description_format")));
        });
        Map<String, String> nameByRef = new java.util.HashMap<>();
        jdbc.sql("select coalesce(external_id, code) as ref, name from competence_area where framework_version_id = :v")
            .param("v", versionId)
            .query(rs -> {
                nameByRef.put(rs.getString("ref"), rs.getString("name"));
            });
        rows.values().forEach(row -> nameByRef.put(row.ref(), row.name()));
        Map<String, List<RelationLine>> relationsByRef = new java.util.HashMap<>();
        for (FrameworkContent.Relation relation : relations(versionId)) {
            String key = LABELLED_RELATIONS.contains(relation.type()) ? "competence.relation." + relation.type()
                    : "competence.relation.other";
            String destination = nameByRef.getOrDefault(relation.destinationRef(),
                    relation.destinationTitle() != null ? relation.destinationTitle() : relation.destinationRef());
            String origin = nameByRef.getOrDefault(relation.originRef(),
                    relation.originTitle() != null ? relation.originTitle() : relation.originRef());
            relationsByRef.computeIfAbsent(relation.originRef(), ref -> new ArrayList<>())
                .add(new RelationLine(key, relation.type(), destination, true));
            relationsByRef.computeIfAbsent(relation.destinationRef(), ref -> new ArrayList<>())
                .add(new RelationLine(key, relation.type(), origin, false));
        }
        Map<Long, NodeInfo> nodes = new LinkedHashMap<>();
        for (Row row : rows.values()) {
            List<String> path = new ArrayList<>();
            for (Long up = row.parentId(); up != null && rows.containsKey(up) && path.size() < rows.size();
                    up = rows.get(up).parentId()) {
                path.add(0, rows.get(up).name());
            }
            AreaView area = areas.get(row.areaId());
            if (area != null) {
                path.add(0, area.name());
            }
            nodes.put(row.id(), new NodeInfo(List.copyOf(path), row.ref(),
                    DescriptionHtml.safe(row.description(), row.format()),
                    List.copyOf(relationsByRef.getOrDefault(row.ref(), List.of()))));
        }
        return nodes;
    }

    /** A version's framework, scale, tree and relations as one value, for export. */
    public FrameworkContent content(long versionId) {
        FrameworkVersion version = version(versionId);
        Framework framework = framework(version.frameworkId());
        record Node(long id, @Nullable Long parentId, long areaId, FrameworkContent.Competence value) {
        }
        List<Node> nodes = jdbc.sql("select * from competence where framework_version_id = :v order by sort_order, id")
            .param("v", versionId)
            .query((rs, n) -> {
                String tacit = rs.getString("tacit_category");
                return new Node(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class), rs.getLong("area_id"),
                        new FrameworkContent.Competence(rs.getString("code"), rs.getString("name"),
                                rs.getString("description"), CompetenceKind.valueOf(rs.getString("kind")),
                                tacit == null ? null : TacitCategory.valueOf(tacit),
                                (Integer) rs.getObject("validity_months", Integer.class), rs.getBoolean("mandatory"),
                                rs.getBoolean("core"), origin(rs), new ArrayList<>()));
            })
            .list();
        Map<Long, FrameworkContent.Competence> byId = new LinkedHashMap<>();
        nodes.forEach(node -> byId.put(node.id(), node.value()));
        Map<Long, List<FrameworkContent.Competence>> topOfArea = new LinkedHashMap<>();
        for (Node node : nodes) {
            if (node.parentId() == null) {
                topOfArea.computeIfAbsent(node.areaId(), key -> new ArrayList<>()).add(node.value());
            }
            else {
                byId.get(node.parentId()).children().add(node.value());
            }
        }
        List<FrameworkContent.Area> areas = jdbc.sql("""
                select * from competence_area where framework_version_id = :v order by sort_order, id
                """)
            .param("v", versionId)
            .query((rs, n) -> new FrameworkContent.Area(rs.getString("code"), rs.getString("name"),
                    topOfArea.getOrDefault(rs.getLong("id"), new ArrayList<>()), rs.getString("description"),
                    origin(rs), rs.getBoolean("synthetic")))
            .list();
        var setup = jdbc.sql("select * from framework_version where id = :v").param("v", versionId).query(rs -> {
            rs.next();
            String proficient = rs.getString("scale_proficient");
            return new Object[] { new FrameworkContent.Origin(rs.getString("external_id"), rs.getString("uri"), null,
                    null, rs.getString("description_format"), null, null, null, null, false),
                    new FrameworkContent.ScaleSetup(rs.getString("scale_external_id"),
                            (Integer) rs.getObject("scale_default", Integer.class),
                            proficient == null ? List.of()
                                    : java.util.Arrays.stream(proficient.split(",")).map(Integer::valueOf).toList()),
                    rs.getString("taxonomies") };
        });
        return new FrameworkContent(framework.code(), framework.name(), framework.description(), version.levels(),
                areas, (FrameworkContent.Origin) setup[0], (FrameworkContent.ScaleSetup) setup[1], (String) setup[2],
                relations(versionId));
    }

    /** The cross-references of a version, in the order the file gave them. */
    public List<FrameworkContent.Relation> relations(long versionId) {
        return jdbc.sql("select * from competence_relation where framework_version_id = :v order by sort_order, id")
            .param("v", versionId)
            .query((rs, n) -> new FrameworkContent.Relation(rs.getString("relation_type"), rs.getString("origin_ref"),
                    rs.getString("origin_uri"), rs.getString("origin_title"), rs.getString("destination_ref"),
                    rs.getString("destination_uri"), rs.getString("destination_title"), rs.getString("external_id")))
            .list();
    }

    private static FrameworkContent.Origin origin(ResultSet rs) throws SQLException {
        return new FrameworkContent.Origin(rs.getString("external_id"), rs.getString("uri"), rs.getString("human_code"),
                rs.getString("item_type"), rs.getString("description_format"), rs.getString("link_id"),
                rs.getString("rule_type"), rs.getString("rule_outcome"), rs.getString("rule_config"),
                rs.getBoolean("name_shortened"));
    }

    public Optional<Framework> findByCode(String code) {
        return frameworks.findByCode(code);
    }

    /**
     * The competence a requirement may point at, at a level on its scale: only a published version counts,
     * so old requirements never silently follow a draft or a retired version.
     */
    public Outcome<CompetenceView> requirable(@Nullable Long competenceId, @Nullable Integer level) {
        Optional<CompetenceView> found = competenceId == null ? Optional.empty() : findCompetence(competenceId);
        if (found.isEmpty()) {
            return Outcome.refused("competenceId", "competence.form.competence.required");
        }
        CompetenceView competence = found.get();
        if (competence.versionStatus() == VersionStatus.RETIRED) {
            return Outcome.refused("competenceId", "competence.error.requirementOnRetired", competence.versionNumber());
        }
        if (competence.versionStatus() != VersionStatus.PUBLISHED) {
            return Outcome.refused("competenceId", "competence.error.notPublished");
        }
        FrameworkVersion version = version(competence.versionId());
        if (level == null || !version.hasLevel(level)) {
            return Outcome.refused("level", "competence.error.levelNotOnScale", version.highestLevel());
        }
        return Outcome.done(competence);
    }

    public Optional<CompetenceView> findCompetence(long competenceId) {
        return jdbc.sql(COMPETENCE_SELECT + " where c.id = :id")
            .param("id", competenceId)
            .query(FrameworkQueries::competence)
            .optional();
    }

    public CompetenceView competence(long competenceId) {
        return findCompetence(competenceId).orElseThrow(() -> new NotFoundProblem("Kompetanse " + competenceId));
    }

    public List<CompetenceView> competences(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COMPETENCE_SELECT + " where c.id in (:ids)")
            .param("ids", ids)
            .query(FrameworkQueries::competence)
            .list();
    }

    /** Every competence of every published version: what people can be assessed in and required to have. */
    public List<CompetenceView> publishedCompetences() {
        return jdbc.sql(COMPETENCE_SELECT + " where v.status = 'PUBLISHED' order by f.name, a.sort_order, c.sort_order")
            .query(FrameworkQueries::competence)
            .list();
    }

    /** The scales of the given versions, keyed by version id, in one query. */
    public Map<Long, List<ScaleLevel>> scales(Collection<Long> versionIds) {
        Map<Long, List<ScaleLevel>> scales = new LinkedHashMap<>();
        if (versionIds.isEmpty()) {
            return scales;
        }
        jdbc.sql("select framework_version_id, level_no, name, descriptor from scale_level"
                + " where framework_version_id in (:ids) order by level_no")
            .param("ids", versionIds)
            .query(rs -> {
                scales.computeIfAbsent(rs.getLong("framework_version_id"), key -> new ArrayList<>())
                    .add(new ScaleLevel(rs.getInt("level_no"), rs.getString("name"), rs.getString("descriptor")));
            });
        return scales;
    }

    static CompetenceView competence(ResultSet rs, int rowNum) throws SQLException {
        String tacit = rs.getString("tacit_category");
        return new CompetenceView(rs.getLong("id"), rs.getLong("framework_version_id"), rs.getLong("framework_id"),
                rs.getString("framework_name"), rs.getInt("version_number"),
                VersionStatus.valueOf(rs.getString("version_status")), rs.getLong("area_id"),
                rs.getString("area_name"), rs.getString("code"), rs.getString("name"), rs.getString("description"),
                CompetenceKind.valueOf(rs.getString("kind")), tacit == null ? null : TacitCategory.valueOf(tacit),
                (Integer) rs.getObject("validity_months", Integer.class), rs.getBoolean("mandatory"),
                rs.getBoolean("core"), (Long) rs.getObject("parent_id", Long.class), rs.getInt("depth"));
    }

}
