package no.fagflyt.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import no.fagflyt.organisation.OrganisationKind;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.ImportPlan.Change;
import no.fagflyt.organisation.internal.ImportPlan.ImportProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.Role;
import no.fagflyt.support.IntegrationTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class EmployeeImportTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final String HEADER = "Ansattnummer;Fornavn;Etternavn;Yrkesgruppe;Stillingstittel;Enhetskode;"
            + "Stillingsprosent;Startdato;Sluttdato;HPR-nummer;E-post\r\n";

    private static final String GOOD_ROWS = """
            1001;Kari;Nordmann;Helsesekretær;Helsesekretær poliklinikk;MED;100;01.09.2020;;123456;kari@example.no\r
            1002;Åse;Ødegård;sekretær;Sekretær;KIR;80 %;2021-03-15;;;\r
            1003;Per;Berg;PORTOR;Portør;KIR;50,5;15.01.2019;31.12.2030;;\r
            """;

    @Autowired
    EmployeeImport employeeImport;

    @Autowired
    UnitAdministration unitAdministration;

    @Autowired
    PersonRepository people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    private long organisationId;

    private String organisationName;

    @BeforeEach
    void signInAndCreateOrganisation() {
        var admin = new CurrentUser(-1, "import-test-admin", null, null, "Import Test", Set.of(Role.ADMINISTRATOR),
                true, false);
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        organisationName = "Importtest " + UUID.randomUUID();
        Unit root = done(unitAdministration.createOrganisation(organisationName, OrganisationKind.HELSEFORETAK, null,
                "ROOT"));
        LocalDate today = LocalDate.now(NorwegianTime.ZONE);
        done(unitAdministration.createUnit(root.id(), "MED", "Medisinsk klinikk", UnitKind.KLINIKK, today));
        done(unitAdministration.createUnit(root.id(), "KIR", "Kirurgisk klinikk", UnitKind.KLINIKK, today));
        organisationId = root.organisationId();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aGoodFileImportsEveryRowAndIsAudited() {
        String token = stage(HEADER + GOOD_ROWS);

        ImportPlan plan = employeeImport.previewStaged(organisationId, token).orElseThrow();
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.rows()).extracting(ImportPlan.PlannedRow::change).containsOnly(Change.NEW);

        var attempt = employeeImport.importStaged(organisationId, token);

        assertThat(attempt).isInstanceOfSatisfying(EmployeeImport.Attempt.Imported.class, imported -> {
            assertThat(imported.result().created()).isEqualTo(3);
            assertThat(imported.result().updated()).isZero();
        });
        List<Person> imported = people.findByOrganisationId(organisationId);
        assertThat(imported).hasSize(3);
        Person aase = people.findByOrganisationIdAndEmployeeNumber(organisationId, "1002").orElseThrow();
        assertThat(aase.details().professionCode()).isEqualTo("SEKRETAER");
        assertThat(aase.details().employmentPercent()).isEqualByComparingTo("80");
        assertThat(aase.details().startDate()).isEqualTo(LocalDate.of(2021, 3, 15));
        Person per = people.findByOrganisationIdAndEmployeeNumber(organisationId, "1003").orElseThrow();
        assertThat(per.details().employmentPercent()).isEqualByComparingTo("50.5");
        assertThat(per.details().endDate()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(employeeImport.previewStaged(organisationId, token)).as("staged file discarded").isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'IMPORT' and subject_id = :id")
            .param("id", String.valueOf(organisationId))
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void aFileWithOneBadRowStoresNothingAndNamesTheLineAndField() {
        String token = stage(HEADER + GOOD_ROWS
                + "1004;Ola;Hansen;Helsesekretær;Sekretær;MED;hundre;01.01.2022;;;\r\n"
                + "1005;Ida;Lie;Helsesekretær;Sekretær;XYZ;100;01.01.2022;;;\r\n");

        ImportPlan plan = employeeImport.previewStaged(organisationId, token).orElseThrow();

        assertThat(plan.isImportable()).isFalse();
        assertThat(plan.problems()).extracting(this::text)
            .containsExactly("Linje 5, Stillingsprosent: «hundre» er ikke et tall mellom 1 og 100.",
                    "Linje 6, Enhetskode: Finner ingen enhet med kode «XYZ» i " + organisationName + ".");
        assertThat(employeeImport.importStaged(organisationId, token))
            .isInstanceOf(EmployeeImport.Attempt.Rejected.class);
        assertThat(people.findByOrganisationId(organisationId)).isEmpty();
    }

    @Test
    void reportsDuplicatesMissingValuesAndTheRulesOfPersonAdministration() {
        LocalDate today = LocalDate.now(NorwegianTime.ZONE);
        Unit closed = done(unitAdministration.createUnit(
                rootUnitId(), "GML",
                "Gammel seksjon", UnitKind.SEKSJON, today));
        done(unitAdministration.endUnit(closed.id(), closed.version(), today));
        String token = stage(HEADER + """
                1001;Kari;Nordmann;Helsesekretær;Sekretær;MED;100;01.09.2020;;;\r
                1001;Kari;Nordmann;Helsesekretær;Sekretær;MED;100;01.09.2020;;;\r
                1002;;Berg;Astronaut;Sekretær;GML;100;31.02.2020;;12345678901;ikke-epost\r
                1003;Per;Berg;Portør;Portør;KIR;100;01.09.2020;01.01.2020;;\r
                """);

        ImportPlan plan = employeeImport.previewStaged(organisationId, token).orElseThrow();

        assertThat(plan.problems()).extracting(this::text)
            .containsExactly("Linje 3, Ansattnummer: Ansattnummer «1001» står også på linje 2.",
                    "Linje 4, Fornavn: Må fylles ut.",
                    "Linje 4, Yrkesgruppe: Finner ingen yrkesgruppe som heter «Astronaut».",
                    "Linje 4, Startdato: «31.02.2020» er ikke en dato på formen dd.mm.åååå.",
                    "Linje 4, HPR-nummer: «12345678901» er ikke et HPR-nummer (1–9 siffer).",
                    "Linje 4, E-post: «ikke-epost» er ikke en gyldig e-postadresse.",
                    "Linje 5, Sluttdato: Sluttdatoen er før startdatoen.");
        ImportPlan closedUnit = employeeImport.preview(organisationId, "x.csv",
                (HEADER + "2001;Ola;Hansen;Sekretær;Sekretær;GML;100;01.09.2020;;;\r\n").getBytes(WINDOWS_1252));
        assertThat(closedUnit.problems()).extracting(this::text)
            .containsExactly("Linje 2, Enhetskode: Enheten «Gammel seksjon» er avsluttet.");
    }

    @Test
    void aMissingRequiredColumnIsAFileLevelProblemNamingIt() {
        ImportPlan plan = employeeImport.preview(organisationId, "ansatte.csv",
                "Ansattnummer;Fornavn\r\n1001;Kari\r\n".getBytes(WINDOWS_1252));

        assertThat(plan.hasFileProblems()).isTrue();
        assertThat(plan.problems()).extracting(this::text).contains("Filen mangler kolonnen «Etternavn».",
                "Filen mangler kolonnen «Enhetskode».");
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        employeeImport.importStaged(organisationId, stage(HEADER + GOOD_ROWS));
        List<Integer> versionsBefore = versions();

        String again = stage(HEADER + GOOD_ROWS);
        ImportPlan plan = employeeImport.previewStaged(organisationId, again).orElseThrow();
        var attempt = employeeImport.importStaged(organisationId, again);

        assertThat(plan.rows()).extracting(ImportPlan.PlannedRow::change).containsOnly(Change.UNCHANGED);
        assertThat(attempt).isInstanceOfSatisfying(EmployeeImport.Attempt.Imported.class, imported -> {
            assertThat(imported.result().created()).isZero();
            assertThat(imported.result().updated()).isZero();
            assertThat(imported.result().unchanged()).isEqualTo(3);
        });
        assertThat(versions()).isEqualTo(versionsBefore);
    }

    @Test
    void aChangedRowIsDetectedAndUpdated() {
        employeeImport.importStaged(organisationId, stage(HEADER + GOOD_ROWS));
        int versionBefore = people.findByOrganisationIdAndEmployeeNumber(organisationId, "1002").orElseThrow().version();
        String changed = stage(HEADER + GOOD_ROWS.replace("KIR;80 %", "MED;60"));

        ImportPlan plan = employeeImport.previewStaged(organisationId, changed).orElseThrow();

        assertThat(plan.rows()).extracting(ImportPlan.PlannedRow::change)
            .containsExactly(Change.UNCHANGED, Change.CHANGED, Change.UNCHANGED);
        assertThat(plan.rows().get(1).changedColumns()).containsExactly("import.column.UNIT_CODE",
                "import.column.EMPLOYMENT_PERCENT");
        var attempt = employeeImport.importStaged(organisationId, changed);
        assertThat(attempt).isInstanceOfSatisfying(EmployeeImport.Attempt.Imported.class,
                imported -> assertThat(imported.result().updated()).isEqualTo(1));
        Person aase = people.findByOrganisationIdAndEmployeeNumber(organisationId, "1002").orElseThrow();
        assertThat(aase.details().employmentPercent()).isEqualByComparingTo(new BigDecimal("60"));
        assertThat(aase.version()).isEqualTo(versionBefore + 1);
    }

    @Test
    void aMissingOptionalColumnKeepsWhatIsStoredWhileAnEmptyCellClearsIt() {
        employeeImport.importStaged(organisationId, stage(HEADER + GOOD_ROWS));
        String withoutOptionalColumns = """
                Ansattnummer;Fornavn;Etternavn;Yrkesgruppe;Stillingstittel;Enhetskode;Stillingsprosent;Startdato\r
                1001;Kari;Nordmann;Helsesekretær;Helsesekretær poliklinikk;MED;100;01.09.2020\r
                1003;Per;Berg;PORTOR;Portør;KIR;50,5;15.01.2019\r
                """;

        String token = stage(withoutOptionalColumns);
        ImportPlan plan = employeeImport.previewStaged(organisationId, token).orElseThrow();
        employeeImport.importStaged(organisationId, token);

        assertThat(plan.rows()).extracting(ImportPlan.PlannedRow::change).containsOnly(Change.UNCHANGED);
        Person kari = people.findByOrganisationIdAndEmployeeNumber(organisationId, "1001").orElseThrow();
        assertThat(kari.details().hprNumber()).isEqualTo("123456");
        assertThat(kari.details().email()).isEqualTo("kari@example.no");
        Person per = people.findByOrganisationIdAndEmployeeNumber(organisationId, "1003").orElseThrow();
        assertThat(per.details().endDate()).isEqualTo(LocalDate.of(2030, 12, 31));

        String emptyCells = stage(HEADER + """
                1001;Kari;Nordmann;Helsesekretær;Helsesekretær poliklinikk;MED;100;01.09.2020;;;\r
                1003;Per;Berg;PORTOR;Portør;KIR;50,5;15.01.2019;;;\r
                """);
        ImportPlan clearing = employeeImport.previewStaged(organisationId, emptyCells).orElseThrow();
        employeeImport.importStaged(organisationId, emptyCells);

        assertThat(clearing.rows().get(0).changedColumns()).containsExactly("import.column.HPR_NUMBER",
                "import.column.EMAIL");
        assertThat(clearing.rows().get(1).changedColumns()).containsExactly("import.column.END_DATE");
        kari = people.findByOrganisationIdAndEmployeeNumber(organisationId, "1001").orElseThrow();
        assertThat(kari.details().hprNumber()).isNull();
        assertThat(kari.details().email()).isNull();
        assertThat(people.findByOrganisationIdAndEmployeeNumber(organisationId, "1003").orElseThrow().details().endDate())
            .isNull();
    }

    @Test
    void theTemplateIsTheHeaderRowInWindows1252WithSemicolons() {
        String template = new String(employeeImport.template(), WINDOWS_1252);

        assertThat(template).isEqualTo(HEADER);
    }

    @Test
    void twoConfirmationsOfOneFileAtOnceImportItOnce() throws Exception {
        String token = stage(HEADER + GOOD_ROWS);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var start = new java.util.concurrent.CountDownLatch(1);
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<EmployeeImport.Attempt>> confirmations = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                confirmations.add(threads.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                    start.await();
                    return employeeImport.importStaged(organisationId, token);
                }));
            }
            start.countDown();
            List<EmployeeImport.Attempt> attempts = new java.util.ArrayList<>();
            for (var confirmation : confirmations) {
                attempts.add(confirmation.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(attempts).filteredOn(EmployeeImport.Attempt.Imported.class::isInstance).hasSize(1);
            assertThat(attempts).filteredOn(EmployeeImport.Attempt.Gone.class::isInstance).hasSize(1);
        }
        finally {
            threads.shutdownNow();
        }
        assertThat(people.findByOrganisationId(organisationId)).hasSize(3);
    }

    private String stage(String csv) {
        return employeeImport.stage("ansatte.csv", csv.getBytes(WINDOWS_1252));
    }

    private long rootUnitId() {
        return jdbc.sql("select id from org_unit where organisation_id = :org and parent_id is null")
            .param("org", organisationId)
            .query(Long.class)
            .single();
    }

    private List<Integer> versions() {
        return people.findByOrganisationId(organisationId)
            .stream()
            .sorted((a, b) -> a.employeeNumber().compareTo(b.employeeNumber()))
            .map(Person::version)
            .toList();
    }

    private String text(ImportProblem problem) {
        Locale norwegian = Locale.forLanguageTag("nb-NO");
        String message = messages.getMessage(problem.messageKey(), problem.argumentArray(), norwegian);
        if (problem.isFileLevel()) {
            return message;
        }
        String column = messages.getMessage(problem.columnKey(), null, norwegian);
        return messages.getMessage("import.problem.line", new Object[] { problem.line(), column, message }, norwegian);
    }

    private static <T> T done(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<T>) outcome).value();
    }

}
