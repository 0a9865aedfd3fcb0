package no.fagflyt.competence.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.fagflyt.competence.framework.FrameworkContent;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Role;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Frameworks as other systems have them: trees of any depth, identifiers kept exactly, full texts whole, the
 * scale configuration and cross-references kept, and an export that gives back what was imported.
 */
@IntegrationTest
class FrameworkTreeExchangeTests {

    static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    FrameworkExchange exchange;

    @Autowired
    FrameworkQueries queries;

    @Autowired
    CaseJson caseJson;

    @Autowired
    no.fagflyt.competence.framework.FrameworkCatalogue catalogue;

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    MessageSource messages;

    @Autowired
    MockMvc mvc;

    CurrentUser adviser;

    @BeforeEach
    void signIn() {
        Unit root = organisations.organisation("Tresykehuset");
        adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, root));
        FrameworkExchangeTests.signInAs(adviser);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDeepMoodleFrameworkKeepsItsTreeIdsTextsScaleAndCrossReferences() throws IOException {
        String code = OrganisationFixture.unique("akutt").replace("-", "_").toLowerCase(Locale.ROOT);
        String file = resource("exchange/moodle-akuttmottak-deep.csv").replace(",akutt-2024,", "," + code + ",");

        FrameworkContent stored = imported("akuttmottak.csv", file);

        assertThat(stored.depth()).isEqualTo(4);
        assertThat(stored.code()).isEqualTo(code.toUpperCase(Locale.ROOT));
        assertThat(stored.origin().externalId()).isEqualTo(code);
        assertThat(stored.description()).startsWith("<h3>Rammeverk for akuttmottaket</h3>\n<p>Laget etter");
        assertThat(stored.taxonomies()).isEqualTo("domain,level,competency,indicator");
        assertThat(stored.scaleSetup()).isEqualTo(new FrameworkContent.ScaleSetup("7", 2, List.of(4, 5)));
        FrameworkContent.Area clinic = stored.areas().get(0);
        assertThat(clinic.ref()).isEqualTo("klinikk");
        assertThat(clinic.origin().ruleType()).isEqualTo("core_competency\\competency_rule_points");
        FrameworkContent.Competence triage = clinic.competences().get(0);
        FrameworkContent.Competence adults = triage.children().get(0);
        assertThat(List.of(triage.ref(), adults.ref(), adults.children().get(0).ref(),
                adults.children().get(1).ref())).containsExactly("Triage", "Triage.1", "triage.1", "triage.1.b");
        assertThat(adults.description()).hasSizeGreaterThan(1000).endsWith("tiltak.");
        assertThat(adults.children().get(0).origin().descriptionFormat()).isEqualTo("4");
        Map<String, FrameworkContent.Competence> byRef = stored.allCompetences().stream()
            .collect(Collectors.toMap(FrameworkContent.Competence::ref, Function.identity()));
        assertThat(byRef).containsKeys("a1", "A1");
        assertThat(byRef.get("A1").code()).isNotEqualTo(byRef.get("a1").code());
        assertThat(byRef.get("Triage.2").description()).isEqualTo("<p>Barn & unge &lt; 18 år</p>");
        assertThat(stored.relations()).hasSize(8)
            .allMatch(relation -> relation.type().equals("related"))
            .anyMatch(relation -> relation.originRef().equals("a1") && relation.destinationRef().equals("A1"));

        byte[] csv = exchange.export(queryVersion(stored), ExchangeFormat.MOODLE_CSV).content();

        assertThat(records(new String(csv, StandardCharsets.UTF_8))).isEqualTo(records(file));
    }

    @Test
    void moodlesOwnExportComesBackRecordForRecord() throws IOException {
        String code = OrganisationFixture.unique("PK").replace("-", "_").toUpperCase(Locale.ROOT);
        String file = FrameworkExchangeTests.moodleSample().replace(",PASKOORD,", "," + code + ",");

        FrameworkContent stored = imported("pasientkoordinator.csv", file);

        assertThat(stored.areas().get(0).competences().get(0).children()).extracting(FrameworkContent.Competence::ref)
            .containsExactly("timebok.endring");
        byte[] csv = exchange.export(queryVersion(stored), ExchangeFormat.MOODLE_CSV).content();
        assertThat(records(new String(csv, StandardCharsets.UTF_8))).isEqualTo(records(file));
    }

    @Test
    void aDeepCasePackageKeepsIdentifiersFullStatementsAndAssociations() throws IOException {
        String code = OrganisationFixture.unique("SYKEPLEIE").replace("-", "_").toUpperCase(Locale.ROOT);
        String file = resource("exchange/case-sykepleie-deep.json").replace("Kode: SYKEPLEIE", "Kode: " + code);

        ImportPlan plan = exchange.preview(adviser, "sykepleie.json", file.getBytes(StandardCharsets.UTF_8), null);
        assertThat(plan.problems()).isEmpty();
        assertThat(text(plan.warnings())).anyMatch(w -> w.contains("feltet «fullStatement»") && w.contains("200 tegn"));
        FrameworkContent stored = imported("sykepleie.json", file);

        assertThat(stored.depth()).isEqualTo(4);
        assertThat(stored.allCompetences()).allSatisfy(c -> assertThat(c.name()).hasSizeLessThanOrEqualTo(200));
        assertThat(stored.allCompetences()).anySatisfy(c -> assertThat(c.description()).hasSizeGreaterThan(200)
            .startsWith("Observerer pasientens respirasjon"));
        assertThat(stored.relations()).extracting(FrameworkContent.Relation::type)
            .containsExactly("isRelatedTo", "precedes", "exactMatchOf", "isChildOf");

        byte[] exported = exchange.export(queryVersion(stored), ExchangeFormat.CASE_JSON).content();

        JsonNode original = JSON.readTree(file);
        JsonNode back = JSON.readTree(exported);
        assertThat(items(back)).isEqualTo(items(original));
        assertThat(associations(back)).isEqualTo(associations(original));
        assertThat(back.path("CFDocument").path("identifier")).isEqualTo(original.path("CFDocument").path("identifier"));
        Findings findings = new Findings();
        assertThat(caseJson.read(exported, findings)).isEqualTo(stored);
        assertThat(findings.problems()).isEmpty();
    }

    @Test
    void openSaltsOwnPackageComesBackWithItsIdentifiersAndOrder() throws IOException {
        String file = resource("exchange/opensalt/SequenceNumberFramework.json");

        FrameworkContent stored = imported("opensalt.json", file.replace("\"title\": \"Sequence Number Test\"\n  },",
                "\"title\": \"Sequence Number Test\",\n    \"notes\": \"Kode: " + OrganisationFixture.unique("SNT")
                        + "\"\n  },"));

        assertThat(stored.areas()).hasSize(1);
        assertThat(stored.areas().get(0).synthetic()).isTrue();
        assertThat(stored.allCompetences()).extracting(c -> c.origin().externalId(), c -> c.origin().humanCode())
            .containsExactly(org.assertj.core.groups.Tuple.tuple("ea98ab46-c0ea-11e7-820f-a71b35976453", "SNT.2"),
                    org.assertj.core.groups.Tuple.tuple("e144c2e6-c0ea-11e7-95f7-5d664f4d8844", "SNT.1"));
        JsonNode back = JSON.readTree(exchange.export(queryVersion(stored), ExchangeFormat.CASE_JSON).content());
        JsonNode original = JSON.readTree(file);
        assertThat(back.path("CFDocument").path("identifier").asString()).isEqualTo(
                "d0000000-0000-0000-0000-000000000000");
        assertThat(items(back).keySet()).isEqualTo(items(original).keySet());
        assertThat(items(back)).isEqualTo(items(original));
    }

    @Test
    void theFrameworkPageShowsTheTreeWithPathsCrossReferencesAndOnlySafeHtml() throws Exception {
        String code = OrganisationFixture.unique("side").replace("-", "_").toLowerCase(Locale.ROOT);
        String file = resource("exchange/moodle-akuttmottak-deep.csv").replace(",akutt-2024,", "," + code + ",")
            .replace(",<p>Gir <strong>strukturert</strong> rapport.</p>,", ",\"<p onclick=\"\"alert(1)\"\">Gir"
                    + " <strong>strukturert</strong> rapport.</p><script>alert(2)</script>\",");
        FrameworkContent stored = imported("side.csv", file);
        CurrentUser employee = OrganisationFixture.userOf(organisations.account(
                organisations.person(organisations.organisation("Tresiden"), "Per", "Tre"), Role.MEDARBEIDER, null));

        String page = mvc.perform(get("/kompetanse/rammeverk/versjoner/" + queryVersion(stored)).with(user(employee)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Under: Klinisk arbeid › Triage › Triage voksne")
            .contains("ID i kilden: triage.1")
            .contains("Relatert til")
            .contains("ISBAR ved overflytting")
            .contains("<strong>strukturert</strong>")
            .contains("<em>Moodles</em>")
            .contains("<li>Hastegrad</li>")
            .doesNotContain("alert(1)")
            .doesNotContain("<script>alert(2)");
        assertThat(stored.allCompetences()).anySatisfy(c -> assertThat(c.description()).contains("<script>"));
    }

    @Test
    void theNextVersionStartsAsACopyOfTheWholeTreeWithItsIdsAndCrossReferences() throws IOException {
        String code = OrganisationFixture.unique("kopi").replace("-", "_").toLowerCase(Locale.ROOT);
        FrameworkContent stored = imported("kopi.csv", resource("exchange/moodle-akuttmottak-deep.csv")
            .replace(",akutt-2024,", "," + code + ","));
        long first = queryVersion(stored);
        FrameworkVersion published = OrganisationFixture.done(catalogue.publish(adviser, first,
                queries.version(first).version()));

        FrameworkVersion draft = OrganisationFixture.done(catalogue.startNewVersion(adviser, published.frameworkId()));

        assertThat(queries.content(draft.id())).isEqualTo(stored);
        assertThat(queries.details(draft.id()).areas().get(0).competences())
            .extracting(c -> c.depth())
            .containsExactly(1, 2, 3, 3, 2);
    }

    @Test
    void everyCaseExportValidatesAgainstTheCase10PackageSchema() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
            .getSchema(resource("exchange/opensalt/case-v1p0-cfpackage-schema.json"));
        FrameworkContent fromCase = imported("skjema.json", resource("exchange/case-sykepleie-deep.json")
            .replace("Kode: SYKEPLEIE", "Kode: " + OrganisationFixture.unique("SKJEMA")));
        FrameworkContent fromMoodle = imported("skjema.csv", resource("exchange/moodle-akuttmottak-deep.csv")
            .replace(",akutt-2024,", "," + OrganisationFixture.unique("skjema") + ","));
        long office = queries.frameworks().stream()
            .filter(f -> f.code().equals(no.fagflyt.competence.framework.DemoFrameworks.OFFICE))
            .findFirst()
            .orElseThrow()
            .publishedVersionId();

        for (long versionId : List.of(queryVersion(fromCase), queryVersion(fromMoodle), office)) {
            JsonNode exported = JSON.readTree(exchange.export(versionId, ExchangeFormat.CASE_JSON).content());
            assertThat(schema.validate(exported)).as("version " + versionId).isEmpty();
        }
        JsonNode broken = JSON.readTree(exchange.export(office, ExchangeFormat.CASE_JSON).content());
        ((tools.jackson.databind.node.ObjectNode) broken.path("CFDocument")).remove("creator");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void thePreviewOfANextVersionListsExactlyWhatChanges() throws Exception {
        String code = OrganisationFixture.unique("endring").replace("-", "_").toLowerCase(Locale.ROOT);
        String file = resource("exchange/moodle-akuttmottak-deep.csv").replace(",akutt-2024,", "," + code + ",");
        FrameworkContent stored = imported("endring.csv", file);
        long first = queryVersion(stored);
        OrganisationFixture.done(catalogue.publish(adviser, first, queries.version(first).version()));
        String changed = file.replace("Triage,Triage.2,Triage barn,", "klinikk,Triage.2,Triage barn og unge,")
            .replace("\"triage.1,A1\"", "triage.1")
            .replace("a1,A1,ISBAR ved overflytting,,1,,,,0,null,a1,10,,\n", "a1,ny.1,Ny kompetanse,,1,,,,0,null,,10,,\n");

        ImportPlan same = exchange.preview(adviser, "samme.csv", file.getBytes(StandardCharsets.UTF_8), null);
        ImportPlan plan = exchange.preview(adviser, "endret.csv", changed.getBytes(StandardCharsets.UTF_8), null);

        assertThat(same.changes()).isEmpty();
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.changes()).containsExactlyInAnyOrder(
                new ImportPlan.Change(ImportPlan.ChangeKind.CHANGED, "Triage.2", "Triage barn og unge",
                        List.of("competence.exchange.change.name", "competence.exchange.change.parent")),
                new ImportPlan.Change(ImportPlan.ChangeKind.CHANGED, "a1", "Rapport etter ISBAR",
                        List.of("competence.exchange.change.relations")),
                new ImportPlan.Change(ImportPlan.ChangeKind.ADDED, "ny.1", "Ny kompetanse", List.of()),
                new ImportPlan.Change(ImportPlan.ChangeKind.REMOVED, "A1", "ISBAR ved overflytting", List.of()));
        String token = exchange.stage(adviser, "endret.csv", changed.getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.perform(get("/kompetanse/rammeverk/import/" + token).with(user(adviser)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8))
            .contains("Dette endres fra versjonen som finnes (4)")
            .contains("Endres: Triage barn og unge (Triage.2):")
            .contains("navn, plass i treet")
            .contains("Ny: Ny kompetanse (ny.1)")
            .contains("Fjernes: ISBAR ved overflytting (A1)")
            .contains("i 4 nivåer, 6 kryssreferanser")
            .doesNotContain("??");
    }

    private FrameworkContent imported(String fileName, String file) {
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        ImportPlan plan = exchange.preview(adviser, fileName, bytes, null);
        assertThat(text(plan.problems())).isEmpty();
        var attempt = exchange.confirm(adviser, exchange.stage(adviser, fileName, bytes), null);
        assertThat(attempt).isInstanceOf(FrameworkExchange.Attempt.Imported.class);
        FrameworkVersion version = ((FrameworkExchange.Attempt.Imported) attempt).version();
        FrameworkContent stored = queries.content(version.id());
        assertThat(stored).isEqualTo(plan.content());
        return stored;
    }

    private long queryVersion(FrameworkContent content) {
        long frameworkId = queries.findByCode(content.code()).orElseThrow().id();
        return queries.versionsOf(frameworkId).get(0).id();
    }

    /** The fields of each CFItem that carry identity and text, by identifier. */
    private static Map<String, List<String>> items(JsonNode pack) {
        Map<String, List<String>> items = new java.util.LinkedHashMap<>();
        for (JsonNode item : pack.path("CFItems")) {
            items.put(item.path("identifier").asString(), List.of(item.path("uri").asString(""),
                    item.path("fullStatement").asString(""), item.path("abbreviatedStatement").asString(""),
                    item.path("humanCodingScheme").asString(""), item.path("CFItemType").asString("")));
        }
        return items;
    }

    private static Map<String, List<String>> associations(JsonNode pack) {
        Map<String, List<String>> associations = new java.util.LinkedHashMap<>();
        for (JsonNode association : pack.path("CFAssociations")) {
            associations.put(association.path("identifier").asString(), List.of(
                    association.path("associationType").asString(),
                    association.path("originNodeURI").path("identifier").asString(),
                    association.path("destinationNodeURI").path("identifier").asString(),
                    association.path("destinationNodeURI").path("uri").asString(),
                    association.path("sequenceNumber").asString("")));
        }
        return associations;
    }

    private static List<List<String>> records(String csv) throws IOException {
        List<List<String>> records = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(csv))) {
            records.add(record.toList());
        }
        return records;
    }

    private List<String> text(List<ExchangeMessage> found) {
        return found.stream().map(message -> messages.getMessage(message, NORWEGIAN)).toList();
    }

    private static String resource(String path) throws IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }

}
