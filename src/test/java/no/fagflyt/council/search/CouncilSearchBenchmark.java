package no.fagflyt.council.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import no.fagflyt.council.CouncilFixture;
import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.BodyKind;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.cases.CaseCategory;
import no.fagflyt.council.cases.CaseStatus;
import no.fagflyt.council.cases.CouncilCases;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: a rerunnable measurement, skipped unless asked for. Generates 100,000 cases in ten bodies of
 * one hospital, each case on an agenda with minutes, indexes them, and times the council search and a body's
 * case list. Prints a Markdown table and writes it to target/council-benchmark.md.
 *
 * <pre>
 * ./mvnw -q test -Dtest=CouncilSearchBenchmark -Dfagflyt.benchmark=true
 * </pre>
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "fagflyt.benchmark", matches = "true")
class CouncilSearchBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CouncilSearchBenchmark.class);

    private static final int CASES = Integer.getInteger("fagflyt.benchmark.cases", 100_000);

    private static final int BODIES = 10;

    private static final int WARM_UP = 30;

    private static final int RUNS = 200;

    private static final int PER_QUERY_RUNS = 11;

    // Words of the trade, most common first: texts draw from them with a skewed distribution, as real ones do.
    private static final String[] WORDS = ("henvisning ventetid rutine pasient klinikk registrering innkalling "
            + "mottaksdato fristbrudd avvik sentralbord timebok poliklinikk opplæring journal dokument brev kodeverk "
            + "superbruker tilgang venteliste prioritering vurdering epikrise kvalitet indikator rapport telefon "
            + "henvendelse oppgave ansvar kompetanse arkivering skanning helsesekretær lege sykepleier avdeling "
            + "seksjon leder nettverk praksis retningslinje prosedyre fagdag kurs veiledning hospitering "
            + "pasientforløp kontakt samhandling kommune fastlege sykehus laboratorium prøvesvar røntgen timeavtale "
            + "endring omlegging fravær ferie bemanning turnus overtid sykefravær tilfredshet rekruttering "
            + "opplæringsplan sjekkliste mal skjema portal melding purring frist dato status oversikt tall måling "
            + "resultat forbedring tiltak erfaring situasjon samarbeid kommunikasjon informasjon system "
            + "datakvalitet validering npr helfo pasientreise refusjon takst egenandel faktura betaling "
            + "arkivplan public360 dips arena modul funksjon feil løsning").split(" ");

    private static final String[] INFLECTIONS = { "", "", "", "en", "er", "ene", "et" };

    private static final String[] QUERIES = { "henvisning", "henvisningene ventetid", "fristbrudd", "innkallinger",
            "mottaksdato registrering", "sentralbordet", "epikriser", "superbruker tilgang", "venteliste prioritering",
            "kodeverket", "hospitering", "refusjon takst", "arkivplan", "datakvalitet validering", "sykefraværet",
            "rekruttering tilfredshet", "pasientreise", "prøvesvar", "turnus bemanning", "purring frist" };

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilBodies bodies;

    @Autowired
    CouncilCases cases;

    @Autowired
    CouncilSearch search;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcTemplate jdbc;

    private final Random random = new Random(20261123);

    @Test
    void measure() throws IOException {
        Council council = fixture.council();
        List<Body> all = new ArrayList<>();
        all.add(council.body());
        for (int i = 1; i < BODIES; i++) {
            all.add(bodies.create(council.hospital().organisationId(), BodyKind.NETTVERK, "Nettverk " + i,
                    OrganisationFixture.unique("N" + i), "Benchmark.", "Månedlig", council.hospital().id()));
        }
        long start = System.nanoTime();
        generate(council, all);
        index.rebuild();
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        if ("PostgreSQL".equals(database)) {
            // A bulk load leaves the planner without statistics and index-only scans without a visibility map.
            jdbc.execute("vacuum analyze council_search_term");
            jdbc.execute("analyze");
        }
        double generation = (System.nanoTime() - start) / 1e9;
        long terms = jdbc.queryForObject("select count(*) from council_search_term", Long.class);

        List<String> lines = new ArrayList<>();
        lines.add("| measurement | user | p50 ms | p95 ms | max ms |");
        lines.add("|---|---|---|---|---|");
        lines.add(time("search, 20 queries of 1–2 words", "member of one body", () -> searchOnce(council.chair())));
        lines.add(time("search, 20 queries of 1–2 words", "employee, not a member",
                () -> searchOnce(council.secondEmployee())));
        lines.add(time("search, 20 queries of 1–2 words", "administrator", () -> searchOnce(CouncilFixture.ADMIN)));
        lines.add(time("search with filters (body, year)", "member of one body",
                () -> search.search(council.chair(), new CouncilSearch.Query(nextQuery(), council.body().id(), null,
                        null, 2025))));
        // What the body page shows: one page of 100 cases and the count of all of them.
        long bodyId = council.body().id();
        lines.add(time("a body's case list (" + CASES / BODIES + " cases), first page", "member of the body",
                () -> caseListPage(council.chair(), bodyId, null, 0)));
        lines.add(time("a body's case list, page 50", "member of the body",
                () -> caseListPage(council.chair(), bodyId, null, 49)));
        lines.add(time("a body's case list, one status, first page", "employee, not a member",
                () -> caseListPage(council.secondEmployee(), bodyId, CaseStatus.AVSLUTTET, 0)));
        String report = "Database: " + database + ". Generated " + CASES + " cases with minutes in " + BODIES + " bodies in "
                + String.format("%.1f", generation) + " s; " + terms + " index rows in council_search_term.\n\n"
                + String.join("\n", lines) + "\n\n" + perQuery(council.chair()) + "\n";
        log.info("Council benchmark\n{}", report);
        Files.writeString(Path.of("target/council-benchmark.md"), report, StandardCharsets.UTF_8);
    }

    /** Each query on its own, for the member: which words make the slow end of the distribution. */
    private String perQuery(CurrentUser user) {
        List<String> lines = new ArrayList<>();
        lines.add("| query (member of one body) | hits | p50 ms | max ms |");
        lines.add("|---|---|---|---|");
        for (String query : QUERIES) {
            CouncilSearch.Query q = new CouncilSearch.Query(query, null, null, null, null);
            CouncilSearch.Results results = search.search(user, q);
            long[] nanos = new long[PER_QUERY_RUNS];
            for (int i = 0; i < PER_QUERY_RUNS; i++) {
                long start = System.nanoTime();
                search.search(user, q);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            lines.add("| %s | %s%d | %.1f | %.1f |".formatted(query, results.atLeast() ? "> " : "", results.total(),
                    nanos[PER_QUERY_RUNS / 2] / 1e6, nanos[PER_QUERY_RUNS - 1] / 1e6));
        }
        return String.join("\n", lines);
    }

    private int queryIndex;

    private String nextQuery() {
        return QUERIES[queryIndex++ % QUERIES.length];
    }

    private Object caseListPage(CurrentUser user, long bodyId, @Nullable CaseStatus status, int page) {
        return List.of(cases.casesOfBody(user, bodyId, status, page), cases.countCasesOfBody(user, bodyId, status));
    }

    private Object searchOnce(CurrentUser user) {
        return search.search(user, new CouncilSearch.Query(nextQuery(), null, null, null, null));
    }

    private String time(String what, String who, Supplier<Object> action) {
        for (int i = 0; i < WARM_UP; i++) {
            action.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return "| %s | %s | %.1f | %.1f | %.1f |".formatted(what, who, nanos[RUNS / 2] / 1e6,
                nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, nanos[RUNS - 1] / 1e6);
    }

    /** Plain JDBC batches, like the organisation scale generator: rows first, index rows after. */
    private void generate(Council council, List<Body> all) {
        int perBody = CASES / all.size();
        int meetingsPerYear = 10;
        CaseStatus[] statuses = CaseStatus.values();
        CaseCategory[] categories = CaseCategory.values();
        for (Body body : all) {
            long firstCase = nextId("council_case");
            List<Object[]> caseRows = new ArrayList<>();
            List<String[]> texts = new ArrayList<>();
            for (int n = 0; n < perBody; n++) {
                int year = 2021 + n * 6 / perBody;
                String title = sentence(3 + random.nextInt(4));
                String description = sentence(12 + random.nextInt(10));
                texts.add(new String[] { title, description });
                caseRows.add(new Object[] { body.id(), year, n + 1, title, description,
                        categories[random.nextInt(categories.length)].name(),
                        statuses[random.nextInt(statuses.length)].name(), random.nextInt(10) == 0,
                        council.employee().accountId(), council.sectionA().id(),
                        Timestamp.valueOf(LocalDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28), 9, 0)) });
            }
            jdbc.batchUpdate("""
                    insert into council_case (body_id, case_year, case_number, title, description, category, status,
                        confidential, submitter_account_id, submitting_unit_id, submitted_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, caseRows);
            List<Long> caseIds = jdbc.queryForList("select id from council_case where body_id = ? order by id",
                    Long.class, body.id());
            // Ten published meetings a year, each taking up its share of the year's cases with minutes.
            List<Object[]> meetingRows = new ArrayList<>();
            for (int year = 2021; year <= 2026; year++) {
                for (int m = 0; m < meetingsPerYear; m++) {
                    LocalDateTime at = LocalDateTime.of(year, 1 + m, 10, 10, 0);
                    meetingRows.add(new Object[] { body.id(), "Møte " + (m + 1), Timestamp.valueOf(at),
                            Timestamp.valueOf(at.plusHours(2)), "Møterom", "PUBLISERT",
                            OffsetDateTime.of(at.plusDays(3), ZoneOffset.UTC) });
                }
            }
            jdbc.batchUpdate("""
                    insert into council_meeting (body_id, title, starts_at, ends_at, location, status, published_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """, meetingRows);
            List<Long> meetingIds = jdbc.queryForList("select id from council_meeting where body_id = ? order by starts_at",
                    Long.class, body.id());
            List<Object[]> itemRows = new ArrayList<>();
            for (int i = 0; i < caseIds.size(); i++) {
                long meetingId = meetingIds.get(Math.min(meetingIds.size() - 1, i * meetingIds.size() / caseIds.size()));
                String[] text = { texts.get(i)[0], sentence(15 + random.nextInt(10)), sentence(8), sentence(6) };
                itemRows.add(new Object[] { meetingId, caseIds.get(i), i % 20 + 1, text[0], 15, text[1], text[2],
                        text[3] });
            }
            jdbc.batchUpdate("""
                    insert into council_agenda_item (meeting_id, case_id, sort_order, title, minutes, discussion,
                        conclusion, decision) values (?, ?, ?, ?, ?, ?, ?, ?)
                    """, itemRows);
            log.info("Benchmark data for {} written, first case id {}", body.shortName(), firstCase);
        }
    }

    private long nextId(String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
    }

    /** Words drawn with a skewed (roughly Zipf) distribution, some inflected. */
    private String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            double u = random.nextDouble();
            int index = (int) (WORDS.length * u * u * u);
            String word = WORDS[index] + INFLECTIONS[random.nextInt(INFLECTIONS.length)];
            text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                .append(i == words - 1 ? "." : " ");
        }
        return text.toString();
    }

}
