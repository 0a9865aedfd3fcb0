package no.fagflyt.organisation.internal.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.fagflyt.organisation.internal.demo.DataPlan.OrganisationPlan;
import no.fagflyt.organisation.internal.demo.DataPlan.PersonPlan;
import no.fagflyt.organisation.internal.demo.DataPlan.PersonRef;
import no.fagflyt.organisation.internal.demo.DataPlan.UnitPlan;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes planned organisations with JDBC batches straight into the module's tables. The database assigns
 * every id: units go in level by level and their ids are read back by (organisation, code), which is
 * unique, so the identity columns need no resetting on either H2 or PostgreSQL. Joins the caller's
 * transaction.
 */
@Component
class PlanWriter {

    private static final int BATCH_SIZE = 1000;

    private static final int[] UNIT_TYPES = { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR };

    private static final int[] PERSON_TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.NUMERIC, Types.DATE, Types.DATE, Types.VARCHAR,
            Types.VARCHAR };

    private final JdbcTemplate jdbcTemplate;

    private final JdbcClient jdbc;

    PlanWriter(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
    }

    /** Ids of what was written, for linking accounts afterwards. */
    record Written(Map<String, Long> organisationIds, Map<UnitKey, Long> unitIds, int units, int people) {

        long unitId(String organisationName, String code) {
            Long id = unitIds.get(new UnitKey(organisationIds.get(organisationName), code));
            if (id == null) {
                throw new IllegalStateException("No unit " + code + " in " + organisationName);
            }
            return id;
        }

    }

    record UnitKey(long organisationId, String code) {
    }

    Written write(List<OrganisationPlan> organisations) {
        Map<String, Long> organisationIds = insertOrganisations(organisations);
        Map<UnitKey, Long> unitIds = insertUnits(organisations, organisationIds);
        int people = insertPeople(organisations, organisationIds, unitIds);
        return new Written(organisationIds, unitIds, unitIds.size(), people);
    }

    /** The id of a written person, found by organisation and employee number. */
    long personId(Written written, PersonRef person) {
        return jdbc.sql("select id from person where organisation_id = :org and employee_number = :number")
            .param("org", written.organisationIds().get(person.organisationName()))
            .param("number", person.employeeNumber())
            .query(Long.class)
            .single();
    }

    private Map<String, Long> insertOrganisations(List<OrganisationPlan> organisations) {
        List<Object[]> rows = organisations.stream()
            .map(o -> new Object[] { o.name(), o.kind().name(), o.orgNumber() })
            .toList();
        jdbcTemplate.batchUpdate("insert into organisation (name, kind, org_number) values (?, ?, ?)", rows,
                new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR });
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, name from organisation where name in (:names)")
            .param("names", organisations.stream().map(OrganisationPlan::name).toList())
            .query(rs -> {
                ids.put(rs.getString("name"), rs.getLong("id"));
            });
        return ids;
    }

    /** Level by level, so each level knows its parents' ids; then every path is set from the ids. */
    private Map<UnitKey, Long> insertUnits(List<OrganisationPlan> organisations, Map<String, Long> organisationIds) {
        Map<UnitKey, Long> ids = new HashMap<>();
        Map<UnitKey, String> paths = new HashMap<>();
        List<Placed> level = new ArrayList<>();
        for (OrganisationPlan organisation : organisations) {
            level.add(new Placed(organisationIds.get(organisation.name()), null, organisation.root()));
        }
        while (!level.isEmpty()) {
            List<Object[]> rows = new ArrayList<>(level.size());
            for (Placed placed : level) {
                Long parentId = placed.parentCode() == null ? null
                        : ids.get(new UnitKey(placed.organisationId(), placed.parentCode()));
                rows.add(new Object[] { placed.organisationId(), parentId, placed.unit().code(), placed.unit().name(),
                        placed.unit().kind().name() });
            }
            batch("insert into org_unit (organisation_id, parent_id, code, name, kind, path) values (?, ?, ?, ?, ?, '/')",
                    rows, UNIT_TYPES);
            readUnitIds(organisationIds.values(), ids);
            List<Placed> next = new ArrayList<>();
            for (Placed placed : level) {
                UnitKey key = new UnitKey(placed.organisationId(), placed.unit().code());
                String parentPath = placed.parentCode() == null ? "/"
                        : paths.get(new UnitKey(placed.organisationId(), placed.parentCode()));
                paths.put(key, parentPath + ids.get(key) + "/");
                for (UnitPlan child : placed.unit().children()) {
                    next.add(new Placed(placed.organisationId(), placed.unit().code(), child));
                }
            }
            level = next;
        }
        List<Object[]> pathRows = new ArrayList<>(paths.size());
        paths.forEach((key, path) -> pathRows.add(new Object[] { path, ids.get(key) }));
        batch("update org_unit set path = ? where id = ?", pathRows, new int[] { Types.VARCHAR, Types.BIGINT });
        return ids;
    }

    private void readUnitIds(java.util.Collection<Long> organisationIds, Map<UnitKey, Long> ids) {
        jdbc.sql("select id, organisation_id, code from org_unit where organisation_id in (:ids)")
            .param("ids", List.copyOf(organisationIds))
            .query(rs -> {
                ids.put(new UnitKey(rs.getLong("organisation_id"), rs.getString("code")), rs.getLong("id"));
            });
    }

    private int insertPeople(List<OrganisationPlan> organisations, Map<String, Long> organisationIds,
            Map<UnitKey, Long> unitIds) {
        List<Object[]> rows = new ArrayList<>();
        for (OrganisationPlan organisation : organisations) {
            long organisationId = organisationIds.get(organisation.name());
            for (PersonPlan p : organisation.people()) {
                rows.add(new Object[] { organisationId, p.employeeNumber(), p.firstName(), p.lastName(),
                        p.professionCode(), p.positionTitle(), unitIds.get(new UnitKey(organisationId, p.unitCode())),
                        BigDecimal.valueOf(p.employmentPercent()), Date.valueOf(p.startDate()), sqlDate(p),
                        p.hprNumber(), p.email() });
            }
        }
        batch("""
                insert into person (organisation_id, employee_number, first_name, last_name, profession_code,
                                    position_title, unit_id, employment_percent, start_date, end_date, hpr_number, email)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, PERSON_TYPES);
        return rows.size();
    }

    private static @Nullable Date sqlDate(PersonPlan person) {
        return person.endDate() == null ? null : Date.valueOf(person.endDate());
    }

    private void batch(String sql, List<Object[]> rows, int[] types) {
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            jdbcTemplate.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)), types);
        }
    }

    private record Placed(long organisationId, @Nullable String parentCode, UnitPlan unit) {
    }

}
