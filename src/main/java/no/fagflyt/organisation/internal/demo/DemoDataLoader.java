package no.fagflyt.organisation.internal.demo;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.fagflyt.organisation.internal.demo.DataPlan.AccountPlan;
import no.fagflyt.organisation.internal.demo.DataPlan.GrantPlan;
import no.fagflyt.organisation.internal.demo.DataPlan.OrganisationPlan;
import no.fagflyt.platform.PlannerStatistics;
import no.fagflyt.platform.Role;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database at start-up: the demo installation, or with {@code fagflyt.demo.scale-people} a
 * national-scale data set. Runs when all beans exist and before the web server starts, so no one can log
 * in to a half-filled database. Never touches a database that already has an organisation, so what
 * users changed survives a restart.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

    static final String DEMO_PASSWORD = "fagflyt-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Organisations per write, small enough to keep memory flat and progress visible. */
    private static final int SCALE_CHUNK = 25;

    /** What the scale data fills, for refreshing the planner statistics afterwards. */
    private static final List<String> SCALE_TABLES = List.of("organisation", "org_unit", "person", "account",
            "account_role");

    private final PlanWriter writer;

    private final PlannerStatistics statistics;

    private final PasswordEncoder passwordEncoder;

    private final JdbcClient jdbc;

    private final TransactionTemplate transaction;

    private final Clock clock;

    private final boolean enabled;

    private final int scalePeople;

    private final int scaleOrganisations;

    private final int scaleLargeTrust;

    private final long seed;

    DemoDataLoader(PlanWriter writer, PlannerStatistics statistics, PasswordEncoder passwordEncoder, JdbcClient jdbc,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${fagflyt.demo.enabled:false}") boolean enabled,
            @Value("${fagflyt.demo.scale-people:0}") int scalePeople,
            @Value("${fagflyt.demo.scale-organisations:0}") int scaleOrganisations,
            @Value("${fagflyt.demo.scale-large-trust:0}") int scaleLargeTrust,
            @Value("${fagflyt.demo.seed:20261123}") long seed) {
        this.writer = writer;
        this.statistics = statistics;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.enabled = enabled;
        this.scalePeople = scalePeople;
        this.scaleOrganisations = scaleOrganisations;
        this.scaleLargeTrust = scaleLargeTrust;
        this.seed = seed;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        try {
            loadIfEmpty();
        }
        catch (DataIntegrityViolationException ex) {
            // Two instances starting at once against one empty database: the unique constraints stop the
            // second, its transaction rolls back, and it simply uses what the first one wrote.
            log.warn("Demo data not loaded, another instance seems to be loading it: {}",
                    ex.getMostSpecificCause().getMessage());
        }
    }

    /** Loads demo or scale data in one transaction if there is no organisation yet; answers whether it did. */
    boolean loadIfEmpty() {
        Boolean loaded = transaction.execute(status -> {
            long existing = jdbc.sql("select count(*) from organisation").query(Long.class).single();
            if (existing > 0) {
                log.info("Database already has {} organisation(s); demo data not loaded", existing);
                return false;
            }
            LocalDate today = LocalDate.now(clock);
            if (scalePeople > 0) {
                int organisations = scaleOrganisations > 0 ? scaleOrganisations
                        : ScalePlanner.organisationsFor(scalePeople);
                writeScale(new ScalePlanner(scalePeople, organisations, seed, today, scaleLargeTrust));
                createAccounts(List.of(new AccountPlan("admin", null,
                        List.of(new GrantPlan(Role.ADMINISTRATOR, null, null)))), null);
            }
            else {
                writeDemo(new DemoPlanner(seed, today).plan());
            }
            return true;
        });
        if (Boolean.TRUE.equals(loaded) && scalePeople > 0) {
            refreshStatistics();
        }
        return Boolean.TRUE.equals(loaded);
    }

    /** After a bulk load of scale data, so the first queries on it are planned on its real size. */
    void refreshStatistics() {
        statistics.refresh(SCALE_TABLES);
    }

    void writeDemo(DataPlan plan) {
        long started = System.nanoTime();
        PlanWriter.Written written = writer.write(plan.organisations());
        createAccounts(plan.accounts(), written);
        log.info("Demo data loaded: {} organisations, {} units, {} people, {} accounts (password '{}') in {} ms",
                written.organisationIds().size(), written.units(), written.people(), plan.accounts().size(),
                DEMO_PASSWORD, (System.nanoTime() - started) / 1_000_000);
    }

    /** Plans and writes a few organisations at a time in the caller's transaction, logging every tenth. */
    ScaleResult writeScale(ScalePlanner planner) {
        long started = System.nanoTime();
        int total = planner.organisationCount();
        log.info("Generating scale data: {} organisations", total);
        int units = 0;
        int people = 0;
        int reportedTenth = 0;
        for (int from = 0; from < total; from += SCALE_CHUNK) {
            List<OrganisationPlan> chunk = new ArrayList<>(SCALE_CHUNK);
            for (int i = from; i < Math.min(total, from + SCALE_CHUNK); i++) {
                chunk.add(planner.organisation(i));
            }
            PlanWriter.Written written = writer.write(chunk);
            units += written.units();
            people += written.people();
            int done = Math.min(total, from + SCALE_CHUNK);
            int tenth = done * 10 / total;
            if (tenth > reportedTenth) {
                reportedTenth = tenth;
                log.info("Scale data {} %: {} of {} organisations, {} units, {} people, {} s", tenth * 10, done,
                        total, units, people, (System.nanoTime() - started) / 1_000_000_000);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Scale data written: {} organisations, {} units, {} people in {} ms", total, units, people, millis);
        return new ScaleResult(total, units, people, millis);
    }

    record ScaleResult(int organisations, int units, int people, long millis) {
    }

    /**
     * Plain inserts rather than {@code AccountRepository.save}: Spring Data JDBC quotes derived column names
     * in upper case on H2, which the lower-case schema (DATABASE_TO_LOWER) does not match.
     */
    private void createAccounts(List<AccountPlan> plans, PlanWriter.@Nullable Written written) {
        // One bcrypt hash for all demo accounts: hashing is slow on purpose, and they share the password.
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        for (AccountPlan plan : plans) {
            Long personId = plan.person() == null || written == null ? null : writer.personId(written, plan.person());
            jdbc.sql("insert into account (username, password_hash, person_id) values (:username, :hash, :person)")
                .param("username", plan.username())
                .param("hash", hash)
                .param("person", personId, Types.BIGINT)
                .update();
            long accountId = jdbc.sql("select id from account where username = :username")
                .param("username", plan.username())
                .query(Long.class)
                .single();
            for (GrantPlan grant : plan.grants()) {
                Long unitId = grant.unitCode() == null || grant.organisationName() == null || written == null ? null
                        : written.unitId(grant.organisationName(), grant.unitCode());
                jdbc.sql("insert into account_role (account_id, role, unit_id) values (:account, :role, :unit)")
                    .param("account", accountId)
                    .param("role", grant.role().name())
                    .param("unit", unitId, Types.BIGINT)
                    .update();
            }
        }
    }

}
