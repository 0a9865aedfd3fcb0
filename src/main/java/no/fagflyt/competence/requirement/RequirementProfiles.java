package no.fagflyt.competence.requirement;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.competence.framework.FrameworkCatalogue;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.organisation.AccessPolicy;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requirement profiles: "where the bar is" per profession, unit and position. Profession and position
 * profiles belong to the competence advisers; a unit's profile also to the leaders of that unit.
 */
@Service
public class RequirementProfiles {

    public static final String AUDIT_REQUIREMENT = "KOMPETANSEKRAV";

    // A requirement is stored against the version it was set on; once a newer version is published it
    // should read as the same code there, so pages show today's name and scale. Codes dropped from the
    // newer version keep pointing at the old competence.
    private static final String SELECT = """
            select r.id, r.scope_type, r.scope_key, r.required_level,
                   coalesce((select max(c.id) from competence c
                               join framework_version v on v.id = c.framework_version_id
                              where v.framework_id = r.framework_id and v.status = 'PUBLISHED'
                                and c.code = r.competence_code), r.competence_id) as competence_id
            from competence_requirement r
            """;

    private final JdbcClient jdbc;

    private final FrameworkQueries frameworks;

    private final AccessPolicy accessPolicy;

    private final AuditLog auditLog;

    private final Clock clock;

    RequirementProfiles(JdbcClient jdbc, FrameworkQueries frameworks, AccessPolicy accessPolicy, AuditLog auditLog,
            Clock clock) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.accessPolicy = accessPolicy;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * A unit's profile is checked against the unit first: its leaders and the advisers whose scope holds it
     * (and the administrator), never an adviser of another organisation. Profession and position profiles are
     * the advisers'; task needs are kept by the task catalogue, not here.
     */
    public boolean canEdit(CurrentUser user, RequirementScope scope, String scopeKey) {
        return switch (scope) {
            case UNIT -> {
                Long unitId = unitId(scopeKey);
                yield unitId != null && accessPolicy.canSeePeopleOf(user, unitId);
            }
            case PROFESSION, POSITION -> FrameworkCatalogue.canEdit(user);
            case TASK -> false;
        };
    }

    private static @Nullable Long unitId(String scopeKey) {
        try {
            return Long.valueOf(scopeKey);
        }
        catch (NumberFormatException notAnId) {
            return null;
        }
    }

    /** Sets the required level; a second call for the same competence and scope changes the level. */
    @Transactional
    public Outcome<Long> require(CurrentUser user, RequirementScope scope, String scopeKey, @Nullable Long competenceId,
            @Nullable Integer level) {
        if (!canEdit(user, scope, scopeKey)) {
            throw new AccessDeniedProblem("Kan ikke endre kompetansekrav for " + scope + " " + scopeKey);
        }
        Outcome<CompetenceView> target = frameworks.requirable(competenceId, level);
        if (target instanceof Outcome.Refused<CompetenceView> refused) {
            return Outcome.refused(refused.field(), refused.messageKey(), refused.argumentArray());
        }
        CompetenceView competence = ((Outcome.Done<CompetenceView>) target).value();
        int updated = jdbc.sql("""
                update competence_requirement set required_level = :level, competence_id = :competence
                where scope_type = :scope and scope_key = :key and framework_id = :framework and competence_code = :code
                """)
            .param("level", level)
            .param("competence", competenceId)
            .param("scope", scope.name())
            .param("key", scopeKey)
            .param("framework", competence.frameworkId())
            .param("code", competence.code())
            .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into competence_requirement (scope_type, scope_key, framework_id, competence_code,
                                                        competence_id, required_level, created_by, created_at)
                    values (:scope, :key, :framework, :code, :competence, :level, :by, :at)
                    """)
                .param("scope", scope.name())
                .param("key", scopeKey)
                .param("framework", competence.frameworkId())
                .param("code", competence.code())
                .param("competence", competenceId)
                .param("level", level)
                .param("by", user.getUsername())
                .param("at", OffsetDateTime.now(clock))
                .update();
        }
        auditLog.record(AuditAction.UPDATE, AUDIT_REQUIREMENT, scope + ":" + scopeKey, competence.name(),
                "Krav nivå " + level);
        long id = jdbc.sql("""
                select id from competence_requirement
                where scope_type = :scope and scope_key = :key and framework_id = :framework and competence_code = :code
                """)
            .param("scope", scope.name())
            .param("key", scopeKey)
            .param("framework", competence.frameworkId())
            .param("code", competence.code())
            .query(Long.class)
            .single();
        return Outcome.done(id);
    }

    /** Changes the level of an existing requirement, checked against the scale of the version now in use. */
    @Transactional
    public Outcome<Long> changeLevel(CurrentUser user, long requirementId, @Nullable Integer level) {
        RequirementView requirement = find(requirementId);
        if (!canEdit(user, requirement.scope(), requirement.scopeKey())) {
            throw new AccessDeniedProblem("Kan ikke endre krav " + requirementId);
        }
        return require(user, requirement.scope(), requirement.scopeKey(), requirement.competence().id(), level);
    }

    public RequirementView find(long requirementId) {
        return load(jdbc.sql(SELECT + " where r.id = :id").param("id", requirementId)
            .query((rs, n) -> new Row(rs.getLong("id"), RequirementScope.valueOf(rs.getString("scope_type")),
                    rs.getString("scope_key"), rs.getLong("competence_id"), rs.getInt("required_level")))
            .list()).stream().findFirst().orElseThrow(() -> new no.fagflyt.platform.NotFoundProblem("Krav " + requirementId));
    }

    @Transactional
    public void remove(CurrentUser user, long requirementId) {
        var row = jdbc.sql("select scope_type, scope_key from competence_requirement where id = :id")
            .param("id", requirementId)
            .query((rs, n) -> new String[] { rs.getString("scope_type"), rs.getString("scope_key") })
            .optional()
            .orElseThrow(() -> new no.fagflyt.platform.NotFoundProblem("Krav " + requirementId));
        if (!canEdit(user, RequirementScope.valueOf(row[0]), row[1])) {
            throw new AccessDeniedProblem("Kan ikke fjerne krav " + requirementId);
        }
        jdbc.sql("delete from competence_requirement where id = :id").param("id", requirementId).update();
        auditLog.record(AuditAction.DELETE, AUDIT_REQUIREMENT, row[0] + ":" + row[1], null, "Krav " + requirementId);
    }

    public List<RequirementView> of(RequirementScope scope, String scopeKey) {
        return load(jdbc.sql(SELECT + " where r.scope_type = :scope and r.scope_key = :key order by r.id")
            .param("scope", scope.name())
            .param("key", scopeKey)
            .query((rs, n) -> new Row(rs.getLong("id"), RequirementScope.valueOf(rs.getString("scope_type")),
                    rs.getString("scope_key"), rs.getLong("competence_id"), rs.getInt("required_level")))
            .list());
    }

    /**
     * Every requirement that applies to any of these professions, units or positions, in two queries: one
     * branch per scope rather than one condition with "or", so each branch uses the (scope_type, scope_key) index.
     */
    public List<RequirementView> applying(Collection<String> professionCodes, Collection<Long> unitIds,
            Collection<String> positionTitles) {
        List<String> units = unitIds.stream().map(String::valueOf).toList();
        return load(jdbc.sql("""
                %1$s where r.scope_type = 'PROFESSION' and r.scope_key in (:professions)
                union all
                %1$s where r.scope_type = 'UNIT' and r.scope_key in (:units)
                union all
                %1$s where r.scope_type = 'POSITION' and r.scope_key in (:positions)
                """.formatted(SELECT))
            .param("professions", nonEmpty(professionCodes))
            .param("units", nonEmpty(units))
            .param("positions", nonEmpty(positionTitles))
            .query((rs, n) -> new Row(rs.getLong("id"), RequirementScope.valueOf(rs.getString("scope_type")),
                    rs.getString("scope_key"), rs.getLong("competence_id"), rs.getInt("required_level")))
            .list());
    }

    private record Row(long id, RequirementScope scope, String key, long competenceId, int level) {
    }

    private List<RequirementView> load(List<Row> rows) {
        Map<Long, CompetenceView> competences = new HashMap<>();
        frameworks.competences(rows.stream().map(Row::competenceId).distinct().toList())
            .forEach(c -> competences.put(c.id(), c));
        List<RequirementView> views = new ArrayList<>();
        for (Row row : rows) {
            views.add(new RequirementView(row.id(), row.scope(), row.key(), competences.get(row.competenceId()),
                    row.level()));
        }
        return views;
    }

    // "in ()" is not valid SQL; a value no scope key can have keeps the query simple.
    private static Collection<String> nonEmpty(Collection<String> values) {
        return values.isEmpty() ? List.of("#ingen#") : values;
    }

}
