package no.fagflyt.organisation.internal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.fagflyt.support.IntegrationTest;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDataLoaderTest {

    private static final List<String> DEMO_ORGANISATIONS = List.of(DemoPlanner.SIV, DemoPlanner.TONSBERG,
            DemoPlanner.LARVIK, DemoPlanner.HOLMESTRAND);

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void theDemoIsLoadedWithTheRequiredUnitsPeopleAndAccounts() {
        Map<String, String> parentOf = jdbc.sql("""
                select u.code, coalesce(p.code, '-') as parent_code from org_unit u
                join organisation o on o.id = u.organisation_id
                left join org_unit p on p.id = u.parent_id
                where o.name in (:names)
                """)
            .param("names", DEMO_ORGANISATIONS)
            .query((rs, n) -> Map.entry(rs.getString("code"), rs.getString("parent_code")))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(parentOf).containsEntry("SIV", "-")
            .containsEntry("MKK", "SIV")
            .containsEntry("MKK-MED", "MKK")
            .containsEntry("MKK-MED-KONTOR", "MKK-MED")
            .containsEntry("PHR", "SIV")
            .containsEntry("PHR-BUP", "PHR")
            .containsEntry("TBG", "-")
            .containsEntry("TBG-HJEM", "TBG")
            .containsEntry("LVK", "-")
            .containsEntry("HOL", "-");

        long people = jdbc.sql("select count(*) from person p join organisation o on o.id = p.organisation_id"
                + " where o.name in (:names)").param("names", DEMO_ORGANISATIONS).query(Long.class).single();
        assertThat(people).isBetween(280L, 320L);
        assertThat(brokenPaths()).isZero();

        assertThat(jdbc.sql("select count(*) from account where username in (:names)")
            .param("names", List.of("admin", "leder", "ansatt", "fagutvikler", "klinikksjef", "bupleder", "radgiver",
                    "radsleder", "kommuneleder"))
            .query(Long.class)
            .single()).isEqualTo(9);
        String hash = jdbc.sql("select password_hash from account where username = 'leder'").query(String.class).single();
        assertThat(passwordEncoder.matches(DemoDataLoader.DEMO_PASSWORD, hash)).isTrue();
        assertThat(grants("admin")).containsExactly("ADMINISTRATOR");
        assertThat(unitOfPerson("admin")).isNull();
        assertThat(grants("leder")).containsExactly("LEDER@MKK-MED-KONTOR");
        assertThat(unitOfPerson("leder")).isEqualTo("MKK-MED-KONTOR");
        assertThat(grants("ansatt")).isEmpty();
        assertThat(unitOfPerson("ansatt")).isEqualTo("MKK-MED-KONTOR");
        assertThat(grants("fagutvikler")).containsExactly("FAGUTVIKLINGSANSVARLIG@MKK-MED-KONTOR");
        assertThat(unitOfPerson("fagutvikler")).isEqualTo("MKK-MED-KONTOR");
        assertThat(grants("klinikksjef")).containsExactly("LEDER@MKK");
        assertThat(unitOfPerson("klinikksjef")).isEqualTo("MKK");
        assertThat(grants("bupleder")).containsExactly("LEDER@PHR-BUP");
        assertThat(unitOfPerson("bupleder")).isEqualTo("PHR-BUP");
        assertThat(grants("radgiver")).containsExactly("KOMPETANSERADGIVER@SIV");
        assertThat(unitOfPerson("radgiver")).isEqualTo("STAB-AKU");
        assertThat(grants("radsleder")).containsExactlyInAnyOrder("RADSLEDER", "RADSMEDLEM");
        assertThat(unitOfPerson("radsleder")).isNotNull();
        assertThat(grants("kommuneleder")).containsExactly("LEDER@TBG-HJEM");
        assertThat(unitOfPerson("kommuneleder")).isEqualTo("TBG-HJEM");
    }

    @Test
    void loadsNothingWhenTheDatabaseHasData() {
        long organisations = count("organisation");
        long people = count("person");
        long accountCount = count("account");
        assertThat(loader.loadIfEmpty()).isFalse();
        assertThat(count("organisation")).isEqualTo(organisations);
        assertThat(count("person")).isEqualTo(people);
        assertThat(count("account")).isEqualTo(accountCount);
    }

    @Test
    @Transactional // rolled back, so the shared context keeps only the demo
    void aSmallScaleRunWritesCorrectPathsAndCounts() {
        long organisations = count("organisation");
        long units = count("org_unit");
        long people = count("person");
        ScalePlanner planner = new ScalePlanner(2_000, 10, 99, LocalDate.of(2026, 11, 23));
        int plannedUnits = 0;
        for (int i = 0; i < planner.organisationCount(); i++) {
            plannedUnits += planner.organisation(i).unitCount();
        }

        DemoDataLoader.ScaleResult result = loader.writeScale(planner);

        assertThat(result.organisations()).isEqualTo(10);
        assertThat(result.people()).isEqualTo(2_000);
        assertThat(result.units()).isEqualTo(plannedUnits);
        assertThat(count("organisation")).isEqualTo(organisations + 10);
        assertThat(count("org_unit")).isEqualTo(units + plannedUnits);
        assertThat(count("person")).isEqualTo(people + 2_000);
        assertThat(brokenPaths()).isZero();
        assertThat(jdbc.sql("select max(length(path) - length(replace(path, '/', ''))) - 1 from org_unit")
            .query(Integer.class)
            .single()).as("deepest level").isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from person p join org_unit u on u.id = p.unit_id"
                + " where u.organisation_id <> p.organisation_id").query(Long.class).single()).isZero();
    }

    /** Units whose path is not their parent's path plus their own id. */
    private long brokenPaths() {
        return jdbc.sql("""
                select count(*) from org_unit u left join org_unit p on p.id = u.parent_id
                where (p.id is null and u.path <> concat('/', u.id, '/'))
                   or (p.id is not null and u.path <> concat(p.path, u.id, '/'))
                """).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The account's grants as "ROLE" or "ROLE@UNITCODE". */
    private List<String> grants(String username) {
        return jdbc.sql("""
                select r.role, u.code from account a join account_role r on r.account_id = a.id
                left join org_unit u on u.id = r.unit_id where a.username = :username
                """)
            .param("username", username)
            .query((rs, n) -> rs.getString("role") + (rs.getString("code") == null ? "" : "@" + rs.getString("code")))
            .list();
    }

    private @Nullable String unitOfPerson(String username) {
        return jdbc.sql("""
                select u.code from account a left join person p on p.id = a.person_id
                left join org_unit u on u.id = p.unit_id where a.username = :username
                """)
            .param("username", username)
            .query(String.class)
            .optional()
            .orElse(null);
    }

}
