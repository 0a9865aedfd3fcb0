package no.fagflyt.competence.exchange;

import static no.fagflyt.support.OrganisationFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import no.fagflyt.competence.framework.CompetenceKind;
import no.fagflyt.competence.framework.DemoFrameworks;
import no.fagflyt.competence.framework.FrameworkCatalogue;
import no.fagflyt.competence.framework.FrameworkContent;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.competence.framework.ScaleLevel;
import no.fagflyt.competence.framework.TacitCategory;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Role;
import no.fagflyt.support.CompetenceFixture;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Export and import of frameworks through the real service: round trips in both formats, a framework
 * written by Moodle, bad files that store nothing, and two confirmations of the same file.
 */
@IntegrationTest
class FrameworkExchangeTests {

    static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    @Autowired
    FrameworkExchange exchange;

    @Autowired
    FrameworkQueries queries;

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CompetenceFixture competences;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    CurrentUser adviser;

    CurrentUser employee;

    @BeforeEach
    void signIn() {
        Unit root = organisations.organisation("Utvekslingssykehuset");
        adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, root));
        employee = OrganisationFixture.userOf(
                organisations.account(organisations.person(root, "Ola", "Utveksling"), Role.MEDARBEIDER, null));
        signInAs(adviser);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signInAs(CurrentUser user) {
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void theDemoFrameworkComesBackFromCaseJsonWithEveryField() {
        long versionId = officeVersionId();
        FrameworkContent original = queries.content(versionId);
        byte[] json = exchange.export(versionId, ExchangeFormat.CASE_JSON).content();

        ImportPlan plan = exchange.preview(adviser, "kontorfag.json", json, null);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.format()).isEqualTo(ExchangeFormat.CASE_JSON);
        assertThat(plan.content()).isEqualTo(original);
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.existingFrameworkName()).isEqualTo(original.name());
        assertThat(plan.nextVersionNumber()).isEqualTo(2);
        assertThat(original.areas().stream().flatMap(a -> a.competences().stream()))
            .anySatisfy(c -> assertThat(c.validityMonths()).isNotNull())
            .anySatisfy(c -> assertThat(c.mandatory()).isTrue())
            .anySatisfy(c -> assertThat(c.tacitCategory()).isEqualTo(TacitCategory.VURDERINGSKUNNSKAP))
            .anySatisfy(c -> assertThat(c.kind()).isEqualTo(CompetenceKind.HOLDNING));
    }

    @Test
    void theDemoFrameworkComesBackFromMoodleCsvWithWhatTheFormatCarries() {
        long versionId = officeVersionId();
        FrameworkContent original = queries.content(versionId);
        FrameworkExchange.Download download = exchange.export(versionId, ExchangeFormat.MOODLE_CSV);
        assertThat(download.fileName()).isEqualTo("kontorfag-v1.csv");
        assertThat(new String(download.content(), StandardCharsets.UTF_8)).startsWith(
                "Parent ID number,ID number,Short name,Description,Description format,Scale values,Scale configuration,"
                        + "Rule type (optional),Rule outcome (optional),Rule config (optional),"
                        + "Cross-referenced competency ID numbers,Exported ID (optional),Is framework,Taxonomy\n"
                        + ",KONTORFAG,Kontorfaglig kompetanse,");

        ImportPlan plan = exchange.preview(adviser, download.fileName(), download.content(), null);

        assertThat(plan.problems()).isEmpty();
        FrameworkContent read = plan.content();
        assertThat(read).isNotNull();
        assertThat(read.code()).isEqualTo(original.code());
        assertThat(read.name()).isEqualTo(original.name());
        assertThat(read.description()).isEqualTo(original.description());
        assertThat(read.scale()).extracting(ScaleLevel::name)
            .containsExactlyElementsOf(original.scale().stream().map(ScaleLevel::name).toList());
        assertThat(read.areas()).hasSameSizeAs(original.areas());
        for (int i = 0; i < original.areas().size(); i++) {
            var expected = original.areas().get(i);
            var actual = read.areas().get(i);
            assertThat(actual.code()).isEqualTo(expected.code());
            assertThat(actual.name()).isEqualTo(expected.name());
            assertThat(actual.competences()).extracting(FrameworkContent.Competence::code, FrameworkContent.Competence::name,
                    FrameworkContent.Competence::description)
                .containsExactlyElementsOf(expected.competences().stream()
                    .map(c -> org.assertj.core.groups.Tuple.tuple(c.code(), c.name(), c.description()))
                    .toList());
        }
        assertThat(text(plan.warnings())).anyMatch(w -> w.contains("taus kunnskap, gyldighet"));
    }

    @Test
    void aCaseExportOfAPublishedVersionImportsAsItsNextDraftWithTheSameContent() {
        FrameworkVersion published = competences.publishedFramework(adviser, "Registrere henvisning", "Innkalling");
        FrameworkContent original = queries.content(published.id());
        byte[] json = exchange.export(published.id(), ExchangeFormat.CASE_JSON).content();
        String token = exchange.stage(adviser, "rammeverk.json", json);

        var attempt = exchange.confirm(adviser, token, null);

        assertThat(attempt).isInstanceOf(FrameworkExchange.Attempt.Imported.class);
        FrameworkVersion draft = ((FrameworkExchange.Attempt.Imported) attempt).version();
        assertThat(draft.frameworkId()).isEqualTo(published.frameworkId());
        assertThat(draft.number()).isEqualTo(2);
        assertThat(draft.isDraft()).isTrue();
        assertThat(queries.content(draft.id())).isEqualTo(original);
        assertThat(exchange.previewStaged(adviser, token, null)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'IMPORT' and subject_id = :id")
            .param("id", String.valueOf(published.frameworkId()))
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void aMoodleExportWithANewCodeBecomesANewFramework() {
        FrameworkVersion published = competences.publishedFramework(adviser, "Sentralbord", "Arkivering");
        FrameworkContent original = queries.content(published.id());
        String newCode = OrganisationFixture.unique("NY").replace("-", "_").toUpperCase(Locale.ROOT);
        byte[] csv = new String(exchange.export(published.id(), ExchangeFormat.MOODLE_CSV).content(),
                StandardCharsets.UTF_8).replace("," + original.code() + ",", "," + newCode + ",")
            .getBytes(StandardCharsets.UTF_8);

        var attempt = exchange.confirm(adviser, exchange.stage(adviser, "ny.csv", csv), ExchangeFormat.MOODLE_CSV);

        FrameworkVersion version = ((FrameworkExchange.Attempt.Imported) attempt).version();
        assertThat(version.number()).isEqualTo(1);
        FrameworkContent stored = queries.content(version.id());
        assertThat(stored.code()).isEqualTo(newCode);
        assertThat(stored.areas()).extracting(FrameworkContent.Area::code).containsExactly("OMR");
        assertThat(stored.areas().get(0).competences()).extracting(FrameworkContent.Competence::name)
            .containsExactly("Sentralbord", "Arkivering");
        assertThat(stored.scale()).extracting(ScaleLevel::name)
            .containsExactlyElementsOf(original.scale().stream().map(ScaleLevel::name).toList());
    }

    @Test
    void aMoodleExportOpensWithoutRunningFormulasAndStillComesBackAsItWas() {
        List<String> names = List.of("=HYPERLINK(\"http://evil.example\";\"Klikk\")", "+47 sentralbord",
                "-Registrere henvisning", "@SUM(A1)", "'=Sitat", "Vanlig navn");
        FrameworkVersion published = competences.publishedFramework(adviser, names.toArray(String[]::new));
        byte[] csv = exchange.export(published.id(), ExchangeFormat.MOODLE_CSV).content();
        String text = new String(csv, StandardCharsets.UTF_8);

        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"Klikk\"\")\",",
                ",'+47 sentralbord,", ",'-Registrere henvisning,", ",'@SUM(A1),", ",''=Sitat,",
                ",Vanlig navn,");
        assertThat(text.lines().skip(1)).allSatisfy(line -> assertThat(line).doesNotStartWith("=")
            .doesNotContain(",=", ",+", ",-", ",@"));

        ImportPlan plan = exchange.preview(adviser, "rammeverk.csv", csv, ExchangeFormat.MOODLE_CSV);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.content().areas().get(0).competences()).extracting(FrameworkContent.Competence::name)
            .containsExactlyElementsOf(names);
    }

    @Test
    void aFrameworkWrittenByMoodleImportsWithItsTreeAndWarnings() throws IOException {
        String code = OrganisationFixture.unique("PK").replace("-", "_").toUpperCase(Locale.ROOT);
        byte[] csv = moodleSample().replace(",PASKOORD,", "," + code + ",").getBytes(StandardCharsets.UTF_8);

        ImportPlan plan = exchange.preview(adviser, "pasientkoordinator.csv", csv, null);

        assertThat(plan.problems()).isEmpty();
        FrameworkContent content = plan.content();
        assertThat(content).isNotNull();
        assertThat(content.name()).isEqualTo("Pasientkoordinering");
        assertThat(content.description()).isEqualTo("Kompetanser for pasientkoordinatorer i poliklinikk, laget i Moodle.");
        assertThat(content.scale()).extracting(ScaleLevel::name)
            .containsExactly("Ikke vurdert", "Under opplæring", "Kompetent", "Ekspert");
        assertThat(content.areas()).extracting(FrameworkContent.Area::code, FrameworkContent.Area::name)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("PLANLEGGING", "Planlegging av forløp"),
                    org.assertj.core.groups.Tuple.tuple("KOMMUNIKASJON", "Kommunikasjon"));
        assertThat(content.areas().get(0).competences()).extracting(FrameworkContent.Competence::code)
            .containsExactly("TIMEBOK", "PAKKEFORLOP");
        FrameworkContent.Competence timebok = content.areas().get(0).competences().get(0);
        assertThat(timebok.children()).extracting(FrameworkContent.Competence::code, c -> c.origin().externalId())
            .containsExactly(org.assertj.core.groups.Tuple.tuple("TIMEBOK-ENDRING", "timebok.endring"));
        assertThat(timebok.description()).isEqualTo("<p>Setter opp timebøker i DIPS og fordeler <strong>ressurser</strong>"
                + " &amp; rom.<br>Kjenner reglene for ventelister.</p>");
        assertThat(timebok.origin().descriptionFormat()).isEqualTo("1");
        assertThat(content.areas().get(1).competences()).extracting(FrameworkContent.Competence::name)
            .containsExactly("Krevende samtaler", "Bruk av tolk");
        assertThat(content.areas().get(0).origin().ruleType()).isEqualTo("core_competency\\competency_rule_all");
        assertThat(content.relations()).extracting(FrameworkContent.Relation::originRef,
                FrameworkContent.Relation::destinationRef)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("timebok", "samtale"),
                    org.assertj.core.groups.Tuple.tuple("samtale", "timebok"));
        assertThat(text(plan.warnings())).anyMatch(w -> w.contains("får typen Ferdighet"))
            .noneMatch(w -> w.contains("flere enn to nivåer") || w.contains("kryssreferanser"));

        var attempt = exchange.confirm(adviser, exchange.stage(adviser, "pasientkoordinator.csv", csv), null);
        FrameworkVersion version = ((FrameworkExchange.Attempt.Imported) attempt).version();
        assertThat(queries.details(version.id()).competenceCount()).isEqualTo(5);
        assertThat(queries.content(version.id())).isEqualTo(content);
    }

    @Test
    void badMoodleFilesNameTheLineAndColumnAndStoreNothing() throws IOException {
        String sample = moodleSample();
        assertProblem(sample.replace("\"Short name\"", "Navn").getBytes(StandardCharsets.UTF_8),
                "Kolonne 3 heter «Navn», men skal være «Short name»");
        assertProblem("ID number;Short name\nA;B\n".getBytes(StandardCharsets.UTF_8), "Filen har feil antall kolonner (2)");
        assertProblem(sample.replace("kommunikasjon,tolk,", "kommunikasjn,tolk,").getBytes(StandardCharsets.UTF_8),
                "Linje 10, kolonnen «Parent ID number»: ingen kompetanse i filen har ID-nummeret «kommunikasjn»");
        assertProblem(sample.replace("kommunikasjon,tolk,", "kommunikasjon,samtale,").getBytes(StandardCharsets.UTF_8),
                "Linje 10, kolonnen «ID number»: ID-nummeret «samtale» finnes også på linje 9");
        assertProblem(sample.replace("1,\"domain,competency,skill\"", "0,\"domain,competency,skill\"")
            .getBytes(StandardCharsets.UTF_8), "Ingen rad har «Is framework» = 1");
        assertProblem(new byte[0], "Filen er tom.");
        assertProblem(new byte[FrameworkExchange.MAX_BYTES + 1], "Filen er for stor. Et rammeverk kan være høyst 2 MB.");
    }

    @Test
    void badCaseFilesNameTheItemAndFieldAndStoreNothing() {
        FrameworkVersion published = competences.publishedFramework(adviser, "Koding");
        String json = new String(exchange.export(published.id(), ExchangeFormat.CASE_JSON).content(),
                StandardCharsets.UTF_8);
        assertProblem("{\n  \"CFDocument\": {\n    \"title\": \"Halv\",\n".getBytes(StandardCharsets.UTF_8),
                "Filen er ikke gyldig JSON. Feilen er på linje");
        String areaId = json.substring(json.indexOf("\"identifier\"", json.indexOf("\"CFItems\"")) + 16);
        areaId = areaId.substring(0, areaId.indexOf('"'));
        String destination = "\"destinationNodeURI\" : {\n      \"title\" : \"Registrering\",\n      \"identifier\" : \""
                + areaId + "\"";
        assertThat(json).contains(destination);
        assertProblem(json.replace(destination, destination.replace(areaId, "finnes-ikke"))
            .getBytes(StandardCharsets.UTF_8),
                "CFAssociations nr. 2 (", "feltet «destinationNodeURI»: «finnes-ikke» finnes ikke blant CFItems");
        assertProblem(json.replace("\"fullStatement\" : \"Registrering\",", "").getBytes(StandardCharsets.UTF_8),
                "CFItems nr. 1 (" + areaId + "), feltet «fullStatement»: mangler.");
        assertProblem("{\"CFItems\": []}".getBytes(StandardCharsets.UTF_8), "Filen har ingen CFDocument");
        assertProblem(json.replace("\"fullStatement\" : \"Registrering\",", "\"fullStatement\" : \"Regi\\u0000strering\",")
            .getBytes(StandardCharsets.UTF_8), "Teksten i «/CFItems/0/fullStatement» inneholder kontrolltegn");
    }

    @Test
    void aDraftStartedAfterThePreviewStopsTheImportAndKeepsTheFile() {
        FrameworkVersion published = competences.publishedFramework(adviser, "Ventelistebehandling");
        byte[] json = exchange.export(published.id(), ExchangeFormat.CASE_JSON).content();
        String token = exchange.stage(adviser, "rammeverk.json", json);
        done(catalogue.startNewVersion(adviser, published.frameworkId()));

        var attempt = exchange.confirm(adviser, token, null);

        assertThat(attempt).isInstanceOf(FrameworkExchange.Attempt.Rejected.class);
        assertThat(text(((FrameworkExchange.Attempt.Rejected) attempt).plan().problems()))
            .anyMatch(p -> p.contains("har allerede et utkast (versjon 2)"));
        assertThat(queries.versionsOf(published.frameworkId())).hasSize(2);
        assertThat(exchange.previewStaged(adviser, token, null)).isPresent();
    }

    @Test
    void twoConfirmationsOfTheSameFileImportItOnce() throws Exception {
        String code = OrganisationFixture.unique("SAMTIDIG").replace("-", "_").toUpperCase(Locale.ROOT);
        byte[] csv = moodleSample().replace(",PASKOORD,", "," + code + ",").getBytes(StandardCharsets.UTF_8);
        String token = exchange.stage(adviser, "samtidig.csv", csv);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Object> confirm = () -> {
            signInAs(adviser);
            start.await();
            try {
                return exchange.confirm(adviser, token, null);
            }
            catch (ConcurrencyFailureException lockTimeout) {
                return lockTimeout;
            }
            finally {
                SecurityContextHolder.clearContext();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>(List.of(pool.submit(confirm), pool.submit(confirm)));
            start.countDown();
            List<Object> answers = new ArrayList<>();
            for (Future<Object> result : results) {
                answers.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(answers).filteredOn(FrameworkExchange.Attempt.Imported.class::isInstance).hasSize(1);
            assertThat(answers).filteredOn(a -> !(a instanceof FrameworkExchange.Attempt.Imported))
                .allMatch(a -> a instanceof FrameworkExchange.Attempt.Gone || a instanceof ConcurrencyFailureException);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(queries.findByCode(code)).isPresent();
        assertThat(queries.versionsOf(queries.findByCode(code).get().id())).hasSize(1);
    }

    @Test
    void onlyEditorsMayImport() {
        assertThatThrownBy(() -> exchange.preview(employee, "x.csv", moodleSampleBytes(), null))
            .isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> exchange.stage(employee, "x.csv", moodleSampleBytes()))
            .isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> exchange.confirm(employee, "token", null)).isInstanceOf(AccessDeniedProblem.class);
    }

    private void assertProblem(byte[] file, String... expected) {
        long frameworksBefore = jdbc.sql("select count(*) from competence_framework").query(Long.class).single();
        ImportPlan plan = exchange.preview(adviser, "feil.csv", file, null);
        assertThat(plan.isImportable()).isFalse();
        assertThat(plan.content()).isNull();
        assertThat(text(plan.problems())).as("problems").anySatisfy(problem -> assertThat(problem).contains(expected));
        assertThat(jdbc.sql("select count(*) from competence_framework").query(Long.class).single())
            .isEqualTo(frameworksBefore);
    }

    private List<String> text(List<ExchangeMessage> found) {
        return found.stream().map(message -> messages.getMessage(message, NORWEGIAN)).toList();
    }

    private long officeVersionId() {
        return queries.frameworks().stream().filter(f -> f.code().equals(DemoFrameworks.OFFICE)).findFirst()
            .orElseThrow().publishedVersionId();
    }

    static String moodleSample() throws IOException {
        return new ClassPathResource("exchange/moodle-pasientkoordinator.csv").getContentAsString(StandardCharsets.UTF_8);
    }

    private static byte[] moodleSampleBytes() throws IOException {
        return moodleSample().getBytes(StandardCharsets.UTF_8);
    }

}
