package no.fagflyt.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import no.fagflyt.competence.scale.ScaleCompetenceData;
import no.fagflyt.organisation.internal.demo.ScaleOrganisations;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Role;
import no.fagflyt.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Not a test: a rerunnable measurement, skipped unless asked for. Writes the organisation scale data
 * (200,000 people, the first organisation a trust of 10,000) and the competence scale data on top, then
 * times the unit matrix of a unit of about 60 people, the person gap page, and the gap summary of the
 * whole trust, each next to the same aggregate computed by one hand-written SQL statement. Prints a
 * Markdown table and writes it to target/competence-benchmark.md. On a PostgreSQL test database the data
 * is written once and reused by later runs.
 *
 * <pre>
 * ./mvnw -q test -Dtest=CompetenceBenchmark -Dfagflyt.benchmark=true
 * </pre>
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "fagflyt.benchmark", matches = "true")
class CompetenceBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CompetenceBenchmark.class);

    private static final int PEOPLE = Integer.getInteger("fagflyt.benchmark.people", 200_000);

    private static final int LARGE_TRUST = Integer.getInteger("fagflyt.benchmark.trust", 10_000);

    private static final int UNIT_SIZE = 60;

    private static final long SEED = 20261123;

    private static final int WARM_UP = 20;

    private static final int RUNS = 100;

    private static final int SUMMARY_WARM_UP = 2;

    private static final int SUMMARY_RUNS = 10;

    @Autowired
    GapAnalysis gaps;

    @Autowired
    GapSummaries summaries;

    @Autowired
    ScaleCompetenceData scaleCompetence;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Clock clock;

    @Test
    void measure() throws IOException {
        long started = System.nanoTime();
        ScaleOrganisations.Written organisations = ScaleOrganisations.writeIfMissing(jdbcTemplate, jdbc,
                transactionManager, clock, PEOPLE, LARGE_TRUST, SEED);
        ScaleCompetenceData.Result competence = scaleCompetence.writeIfMissing(SEED);
        double generation = (System.nanoTime() - started) / 1e9;
        LocalDate today = LocalDate.now(clock);
        long trustRoot = organisations.largeTrustRootUnitId();
        String trustPath = unitPath(trustRoot);
        long unitId = unitOfAbout(trustRoot, UNIT_SIZE, today);
        String unitPath = unitPath(unitId);
        List<Long> unitPeople = jdbc.sql("""
                select p.id from person p join org_unit u on u.id = p.unit_id
                where u.path like :prefix and (p.end_date is null or p.end_date >= :today) order by p.id
                """).param("prefix", unitPath + "%").param("today", today).query(Long.class).list();
        CurrentUser leader = user("benchmark-leder-" + unitId, Role.LEDER, unitId, unitPeople.get(0));
        CurrentUser adviser = user("benchmark-radgiver-" + trustRoot, Role.KOMPETANSERADGIVER, trustRoot, null);
        List<Long> sample = unitPeople.subList(0, Math.min(20, unitPeople.size()));

        // The service and the hand-written statement must answer the same: compare before timing.
        UnitMatrix matrix = gaps.forUnit(leader, unitId);
        Map<String, Integer> serviceCounts = new TreeMap<>();
        matrix.rows().forEach(row -> row.cells().values().forEach(cell -> serviceCounts.merge(cell.status().name(),
                1, Integer::sum)));
        Map<String, Integer> sqlCounts = new TreeMap<>();
        handUnit(unitPath, today).forEach(line -> sqlCounts.merge(line.status(), 1, Integer::sum));
        assertThat(serviceCounts).as("unit matrix cells per status, service against hand SQL").isEqualTo(sqlCounts);
        GapSummary summary = summaries.forUnit(adviser, trustRoot);
        List<Object[]> handSummaryRows = handSummary(trustPath, today);
        Map<String, Long> summaryByStatus = byStatus(summary.total());
        Map<String, Long> handByStatus = new TreeMap<>();
        handSummaryRows.forEach(r -> handByStatus.merge((String) r[2], (Long) r[3], Long::sum));
        assertThat(summaryByStatus).as("whole-trust requirements per status, service against hand SQL")
            .isEqualTo(handByStatus);
        Map<String, Long> summaryCells = new TreeMap<>();
        summary.competences().forEach(c -> byStatus(c.counts()).forEach((status, n) -> {
            if (n > 0) {
                summaryCells.put(c.competence().frameworkId() + "/" + c.competence().code() + "/" + status, n);
            }
        }));
        Map<String, Long> handCells = new TreeMap<>();
        handSummaryRows.forEach(r -> handCells.put(r[0] + "/" + r[1] + "/" + r[2], (Long) r[3]));
        assertThat(summaryCells).as("whole-trust requirements per competence and status, service against hand SQL")
            .isEqualTo(handCells);
        int requiredLines = 0;
        for (long personId : sample) {
            requiredLines += gaps.forPerson(leader, personId).required().size();
        }

        int[] next = { 0 };
        Supplier<Long> nextPerson = () -> sample.get(next[0]++ % sample.size());
        List<String> lines = new ArrayList<>();
        lines.add("| measurement | service p50 ms | p95 ms | max ms | hand SQL p50 ms | p95 ms | max ms "
                + "| ratio p50 | ratio p95 |");
        lines.add("|---|---|---|---|---|---|---|---|---|");
        lines.add(row("unit matrix, " + unitPeople.size() + " people (" + matrix.columns().size() + " competences)",
                time(WARM_UP, RUNS, () -> gaps.forUnit(leader, unitId)),
                time(WARM_UP, RUNS, () -> handUnit(unitPath, today))));
        lines.add(row("person gap page (20 people of the unit in turn)",
                time(WARM_UP, RUNS, () -> gaps.forPerson(leader, nextPerson.get())),
                time(WARM_UP, RUNS, () -> handPerson(nextPerson.get(), today))));
        // The summary page of the whole trust, as the trust's competence adviser.
        lines.add(row("whole-trust gap summary, " + summary.people() + " people",
                time(SUMMARY_WARM_UP, SUMMARY_RUNS, () -> summaries.forUnit(adviser, trustRoot)),
                time(SUMMARY_WARM_UP, SUMMARY_RUNS, () -> handSummary(trustPath, today))));
        int summaryRows = handSummaryRows.size();

        String report = """
                People %d (largest trust "%s": %d people), %s; generated in %.1f s%s.
                Competence data: %s.
                Unit measured: %d (%d people); leader of the unit for the matrix and person pages, competence adviser \
                of the trust %s for the summary. Required competences per person (sample of %d): %.1f on average.
                Matrix cells by status, service %s, hand SQL %s; whole-trust summary: %d rows (competence × status), \
                requirements by status, service %s, hand SQL %s.

                %s
                """.formatted(PEOPLE, organisations.largeTrustName(), LARGE_TRUST, sizes(),
                generation, organisations.generated() ? "" : " (data found, not generated)",
                competence == null ? "found from an earlier run" : competence.toString(), unitId, unitPeople.size(),
                adviser.getUsername(), sample.size(), requiredLines / (double) sample.size(), serviceCounts, sqlCounts,
                summaryRows, summaryByStatus, handByStatus, String.join("\n", lines));
        log.info("Competence benchmark\n{}", report);
        Files.writeString(Path.of("target/competence-benchmark.md"), report, StandardCharsets.UTF_8);
    }

    /** The summary's counts under the status names of the hand-written statement. */
    private static Map<String, Long> byStatus(GapCounts counts) {
        Map<String, Long> statuses = new TreeMap<>();
        statuses.put(GapStatus.MET.name(), (long) counts.met() - counts.notValidated());
        statuses.put(GapStatus.MET_NOT_VALIDATED.name(), (long) counts.notValidated());
        statuses.put(GapStatus.BELOW.name(), (long) counts.below());
        statuses.put(GapStatus.EXPIRED.name(), (long) counts.expired());
        statuses.put(GapStatus.NOT_ASSESSED.name(), (long) counts.notAssessed());
        statuses.values().removeIf(n -> n == 0);
        return statuses;
    }

    private String sizes() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String table : List.of("organisation", "org_unit", "person", "competence_requirement", "unit_task",
                "task_requirement", "competence_assessment", "assessment_history", "competence_evidence")) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts.toString();
    }

    private String unitPath(long unitId) {
        return jdbc.sql("select path from org_unit where id = :id").param("id", unitId).query(String.class).single();
    }

    /** The unit in the trust whose active people, counted with everyone below, come closest to the size. */
    private long unitOfAbout(long trustRoot, int size, LocalDate today) {
        Map<Long, String> paths = new HashMap<>();
        jdbc.sql("select id, path from org_unit where path like :prefix")
            .param("prefix", unitPath(trustRoot) + "%")
            .query(rs -> {
                paths.put(rs.getLong("id"), rs.getString("path"));
            });
        Map<Long, Integer> below = new HashMap<>();
        jdbc.sql("""
                select p.unit_id, count(*) as people from person p join org_unit u on u.id = p.unit_id
                where u.path like :prefix and (p.end_date is null or p.end_date >= :today) group by p.unit_id
                """)
            .param("prefix", unitPath(trustRoot) + "%")
            .param("today", today)
            .query(rs -> {
                for (String part : paths.get(rs.getLong("unit_id")).split("/")) {
                    if (!part.isEmpty()) {
                        below.merge(Long.parseLong(part), rs.getInt("people"), Integer::sum);
                    }
                }
            });
        return below.entrySet()
            .stream()
            .min(java.util.Comparator.comparingInt((Map.Entry<Long, Integer> e) -> Math.abs(e.getValue() - size))
                .thenComparing(Map.Entry::getKey))
            .orElseThrow()
            .getKey();
    }

    private CurrentUser user(String username, Role role, long unitId, Long personId) {
        Long accountId = jdbc.sql("select id from account where username = :username")
            .param("username", username)
            .query(Long.class)
            .optional()
            .orElse(null);
        if (accountId == null) {
            jdbc.sql("insert into account (username, password_hash, person_id) values (:username, 'x', :person)")
                .param("username", username)
                .param("person", personId, java.sql.Types.BIGINT)
                .update();
            accountId = jdbc.sql("select id from account where username = :username")
                .param("username", username)
                .query(Long.class)
                .single();
            jdbc.sql("insert into account_role (account_id, role, unit_id) values (:account, :role, :unit)")
                .param("account", accountId)
                .param("role", role.name())
                .param("unit", unitId)
                .update();
        }
        return new CurrentUser(accountId, username, null, personId, username, Set.of(role), true, false);
    }

    private static String row(String what, long[] service, long[] sql) {
        String left = service == null ? "– | – | –" : "%.1f | %.1f | %.1f".formatted(p50(service), p95(service),
                max(service));
        String ratio = service == null ? "– | –"
                : "%.1f | %.1f".formatted(p50(service) / p50(sql), p95(service) / p95(sql));
        return "| %s | %s | %.1f | %.1f | %.1f | %s |".formatted(what, left, p50(sql), p95(sql), max(sql), ratio);
    }

    private static double p50(long[] nanos) {
        return nanos[nanos.length / 2] / 1e6;
    }

    private static double p95(long[] nanos) {
        return nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6;
    }

    private static double max(long[] nanos) {
        return nanos[nanos.length - 1] / 1e6;
    }

    private static long[] time(int warmUp, int runs, Supplier<Object> action) {
        for (int i = 0; i < warmUp; i++) {
            action.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    record HandLine(long personId, long frameworkId, String code, int required, Integer level, String status) {
    }

    /** Everyone in the unit and below, each required competence with the strictest level and where they stand. */
    private List<HandLine> handUnit(String unitPath, LocalDate today) {
        return jdbc.sql(HAND_SQL.formatted("u.path like :prefix") + " order by 1")
            .param("prefix", unitPath + "%")
            .param("today", today)
            .query((rs, n) -> new HandLine(rs.getLong("person_id"), rs.getLong("framework_id"),
                    rs.getString("competence_code"), rs.getInt("required_level"), (Integer) rs.getObject("lvl"),
                    rs.getString("status")))
            .list();
    }

    private List<HandLine> handPerson(long personId, LocalDate today) {
        return jdbc.sql(HAND_SQL.formatted("p.id = :person"))
            .param("person", personId)
            .param("today", today)
            .query((rs, n) -> new HandLine(rs.getLong("person_id"), rs.getLong("framework_id"),
                    rs.getString("competence_code"), rs.getInt("required_level"), (Integer) rs.getObject("lvl"),
                    rs.getString("status")))
            .list();
    }

    /** The same lines for everyone in the trust, counted per competence and status. */
    private List<Object[]> handSummary(String trustPath, LocalDate today) {
        return jdbc.sql("select framework_id, competence_code, status, count(*) as people from ("
                + HAND_SQL.formatted("u.path like :prefix") + ") g group by framework_id, competence_code, status")
            .param("prefix", trustPath + "%")
            .param("today", today)
            .query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4) })
            .list();
    }

    // The best single statement we found: people first, the unit requirements of their units (through the
    // units above, matched on path within the organisation) once per unit rather than once per person, the
    // strictest level per competence, then the assessment and the latest evidence expiry.
    private static final String HAND_SQL = """
            with people as (
              select p.id as person_id, p.unit_id, p.profession_code, p.position_title, u.organisation_id
              from person p join org_unit u on u.id = p.unit_id
              where %s and (p.end_date is null or p.end_date >= :today)
            ),
            ancestors as (
              select distinct pu.id as unit_id, a.id as ancestor_id
              from org_unit pu join org_unit a on a.organisation_id = pu.organisation_id
                                            and pu.path like concat(a.path, '%%')
              where pu.id in (select unit_id from people)
            ),
            required as (
              select pp.person_id, r.framework_id, r.competence_code, r.competence_id, r.required_level
              from people pp join competence_requirement r
                on r.scope_type = 'PROFESSION' and r.scope_key = pp.profession_code
              union all
              select pp.person_id, r.framework_id, r.competence_code, r.competence_id, r.required_level
              from people pp join competence_requirement r
                on r.scope_type = 'POSITION' and r.scope_key = pp.position_title
              union all
              select pp.person_id, r.framework_id, r.competence_code, r.competence_id, r.required_level
              from people pp join ancestors an on an.unit_id = pp.unit_id
              join competence_requirement r
                on r.scope_type = 'UNIT' and r.scope_key = cast(an.ancestor_id as varchar(20))
              union all
              select pp.person_id, tr.framework_id, tr.competence_code, tr.competence_id, tr.required_level
              from people pp join ancestors an on an.unit_id = pp.unit_id
              join unit_task ut on ut.unit_id = an.ancestor_id
              join unit_task_performer tp on tp.unit_task_id = ut.id
               and ((tp.performer_type = 'PROFESSION' and tp.performer_key = pp.profession_code)
                 or (tp.performer_type = 'PERSON' and tp.performer_key = cast(pp.person_id as varchar(20))))
              join task_requirement tr on tr.unit_task_id = ut.id
            ),
            strictest as (
              select person_id, framework_id, competence_code, max(competence_id) as competence_id,
                     max(required_level) as required_level
              from required group by person_id, framework_id, competence_code
            ),
            assessed as (
              select s.person_id, s.framework_id, s.competence_code, s.required_level, c.validity_months,
                     a.self_level, a.self_assessed_at, a.validated_level, a.validated_at,
                     case when a.validated_at is not null
                           and (a.self_assessed_at is null or a.self_assessed_at <= a.validated_at)
                          then 1 else 0 end as validated
              from strictest s
              join competence c on c.id = s.competence_id
              left join competence_assessment a on a.person_id = s.person_id and a.framework_id = s.framework_id
                                               and a.competence_code = s.competence_code
            ),
            standing as (
              select person_id, framework_id, competence_code, required_level, validated,
                     case when validated = 1 then validated_level else self_level end as lvl,
                     case when validity_months is null then null
                          else coalesce((select max(e.expires_on) from competence_evidence e
                                          where e.person_id = s.person_id and e.framework_id = s.framework_id
                                            and e.competence_code = s.competence_code),
                                        cast(case when validated = 1 then validated_at else self_assessed_at end
                                             + validity_months * interval '1' month as date)) end as expires_on
              from assessed s
            )
            select person_id, framework_id, competence_code, required_level, lvl,
                   case when lvl is null then 'NOT_ASSESSED'
                        when expires_on < :today then 'EXPIRED'
                        when lvl < required_level then 'BELOW'
                        when validated = 1 then 'MET'
                        else 'MET_NOT_VALIDATED' end as status
            from standing
            """;

}
