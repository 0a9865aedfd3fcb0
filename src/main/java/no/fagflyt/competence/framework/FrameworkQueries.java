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
                   c.tacit_category, c.validity_months, c.mandatory, c.core
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
            List<FrameworkVersion> allVersions) {

        public int competenceCount() {
            return areas.stream().mapToInt(area -> area.competences().size()).sum();
        }

    }

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
        return new VersionDetails(framework, version, List.copyOf(areas.values()), versionsOf(framework.id()));
    }

    /** A version's framework, scale, areas and competences as one value, for export. */
    public FrameworkContent content(long versionId) {
        VersionDetails details = details(versionId);
        List<FrameworkContent.Area> areas = details.areas()
            .stream()
            .map(area -> new FrameworkContent.Area(area.code(), area.name(), area.competences()
                .stream()
                .map(c -> new FrameworkContent.Competence(c.code(), c.name(), c.description(), c.kind(),
                        c.tacitCategory(), c.validityMonths(), c.mandatory(), c.core()))
                .toList()))
            .toList();
        return new FrameworkContent(details.framework().code(), details.framework().name(),
                details.framework().description(), details.version().levels(), areas);
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
                rs.getBoolean("core"));
    }

}
