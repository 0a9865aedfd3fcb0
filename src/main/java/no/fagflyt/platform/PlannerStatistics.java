package no.fagflyt.platform;

import java.sql.DatabaseMetaData;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refreshes the query planner's statistics of tables after a bulk load, so PostgreSQL plans on the real row
 * counts at once instead of after autovacuum gets round to it (until then it may scan millions of rows to find
 * a few). Other databases are left alone: H2 keeps no such statistics worth refreshing here.
 */
@Component
public class PlannerStatistics {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

    private final JdbcTemplate jdbcTemplate;

    public PlannerStatistics(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Runs {@code ANALYZE} on the tables on PostgreSQL; answers whether it did. */
    public boolean refresh(List<String> tables) {
        String product = jdbcTemplate
            .execute((ConnectionCallback<String>) connection -> {
                DatabaseMetaData meta = connection.getMetaData();
                return meta.getDatabaseProductName();
            });
        if (tables.isEmpty() || !"PostgreSQL".equals(product)) {
            log.info("Planner statistics not refreshed on {}", product);
            return false;
        }
        long started = System.nanoTime();
        jdbcTemplate.execute("analyze " + String.join(", ", tables));
        log.info("Planner statistics refreshed for {} in {} ms", tables, (System.nanoTime() - started) / 1_000_000);
        return true;
    }

}
