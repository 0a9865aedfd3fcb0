package no.fagflyt.organisation.internal.demo;

import java.time.Clock;
import java.time.LocalDate;

import no.fagflyt.platform.PlannerStatistics;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * For benchmarks in other modules' tests: writes the organisation scale data next to the demo data of the
 * test database, through the same planner and writer as {@code --fagflyt.demo.scale-people}.
 */
public final class ScaleOrganisations {

    private ScaleOrganisations() {
    }

    /** What was written (or found), with the root unit id of the first organisation, a trust. */
    public record Written(String largeTrustName, long largeTrustRootUnitId, int people, boolean generated) {
    }

    /**
     * Writes people in organisations of about 200 each, the first a trust of {@code largeTrustPeople}, unless
     * that trust exists already (a PostgreSQL test database kept between runs).
     */
    public static Written writeIfMissing(JdbcTemplate jdbcTemplate, JdbcClient jdbc,
            PlatformTransactionManager transactionManager, Clock clock, int people, int largeTrustPeople, long seed) {
        ScalePlanner planner = new ScalePlanner(people, ScalePlanner.organisationsFor(people), seed,
                LocalDate.now(clock), largeTrustPeople);
        String name = planner.organisation(0).name();
        boolean generated = false;
        if (rootOf(jdbc, name) == null) {
            PlanWriter writer = new PlanWriter(jdbcTemplate, jdbc);
            DemoDataLoader loader = new DemoDataLoader(writer, new PlannerStatistics(jdbcTemplate), null, jdbc,
                    transactionManager, clock, true, people, 0, largeTrustPeople, seed);
            new org.springframework.transaction.support.TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> loader.writeScale(planner));
            loader.refreshStatistics();
            generated = true;
        }
        return new Written(name, rootOf(jdbc, name), people, generated);
    }

    private static Long rootOf(JdbcClient jdbc, String organisationName) {
        return jdbc.sql("""
                select u.id from org_unit u join organisation o on o.id = u.organisation_id
                where o.name = :name and u.parent_id is null
                """)
            .param("name", organisationName)
            .query(Long.class)
            .optional()
            .orElse(null);
    }

}
