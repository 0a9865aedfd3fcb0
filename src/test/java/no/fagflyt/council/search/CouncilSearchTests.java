package no.fagflyt.council.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import no.fagflyt.council.CouncilFixture;
import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.cases.CaseCategory;
import no.fagflyt.council.cases.CaseStatus;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.council.cases.CouncilCases;
import no.fagflyt.council.meeting.AgendaItem;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.council.search.CouncilSearch.Query;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Searching a council as its chair, as an employee who is not a member, as the submitter of a confidential
 * case and as an employee of another organisation. Each test searches within its own fresh body.
 */
@IntegrationTest
class CouncilSearchTests {

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilCases cases;

    @Autowired
    CouncilMeetings meetings;

    @Autowired
    CouncilSearch search;

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcTemplate jdbc;

    Council council;

    @BeforeEach
    void council() {
        council = fixture.council();
    }

    private CouncilCase submit(CurrentUser who, String title, String description, boolean confidential) {
        return OrganisationFixture.done(cases.submit(who, council.body().id(), new CouncilCases.Submission(title,
                description, CaseCategory.REGISTRERINGSPRAKSIS, council.sectionA().id(), confidential)));
    }

    private List<SearchHit> find(CurrentUser who, String text) {
        return search.search(who, new Query(text, council.body().id(), null, null, null)).hits();
    }

    private List<String> titles(List<SearchHit> hits) {
        return hits.stream()
            .map(hit -> String.join("", hit.title().stream().map(Segment::text).toList()))
            .toList();
    }

    @Test
    void aSearchForTheBaseFormFindsEveryInflectedFormAndMarksTheWords() {
        submit(council.employee(), "Henvisningene blir liggende", "Ingen tar ansvar i helgene.", false);
        submit(council.employee(), "Ulike henvisninger", "Tekst.", false);
        submit(council.employee(), "Ventetid", "Henvisningen kom for sent.", false);
        submit(council.employee(), "Innkalling", "Ingenting om det.", false);

        List<SearchHit> hits = find(council.chair(), "henvisning");

        assertThat(titles(hits)).hasSize(3).doesNotContain("Innkalling").endsWith("Ventetid");
        assertThat(hits).anySatisfy(hit -> assertThat(hit.title()).containsExactly(new Segment("Henvisningene", true),
                new Segment(" blir liggende", false)));
        assertThat(hits.get(2).snippet()).contains(new Segment("Henvisningen", true));
    }

    @Test
    void aTitleMatchRanksAboveAMatchInTheDescriptionAndMoreMatchedWordsRankHighest() {
        submit(council.employee(), "Rutiner for arkivering", "Om Public 360.", false);
        submit(council.employee(), "Sentralbord", "Rutinen for arkivering i Public 360 er uklar.", false);
        submit(council.employee(), "Ventelister", "Ny rutine fra mai.", false);

        List<SearchHit> hits = find(council.chair(), "rutine arkivering");

        assertThat(titles(hits)).containsExactly("Rutiner for arkivering", "Sentralbord", "Ventelister");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void aConfidentialCaseIsFoundOnlyByMembersTheSubmitterAndTheAdministrator() {
        submit(council.employee(), "Konflikt om sentralbordvakter", "Gjelder en navngitt kollega.", true);

        assertThat(find(council.chair(), "sentralbordvakt")).hasSize(1);
        assertThat(find(council.employee(), "sentralbordvakt")).hasSize(1);
        assertThat(find(CouncilFixture.ADMIN, "sentralbordvakt")).hasSize(1);
        assertThat(find(council.secondEmployee(), "sentralbordvakt")).isEmpty();
        assertThat(search.search(council.secondEmployee(), new Query("kollega", null, null, null, null)).hits())
            .noneMatch(hit -> hit.bodyShortName().equals(council.body().shortName()));
    }

    @Test
    void anOpenCaseIsFoundByEmployeesButNotByAnotherOrganisation() {
        submit(council.employee(), "Fristbrudd i poliklinikken", "Tall fra NPR.", false);

        assertThat(find(council.secondEmployee(), "fristbruddene")).hasSize(1);
        assertThat(find(council.outsider(), "fristbruddene")).isEmpty();
    }

    @Test
    void minutesAreFoundByEmployeesOnlyOncePublishedAndNeverUnderAConfidentialCase() {
        CouncilCase open = submit(council.employee(), "Mottaksdato", "Registreres ulikt.", false);
        CouncilCase secret = submit(council.employee(), "Personalsak", "Fortrolig.", true);
        Meeting meeting = OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), "Rådsmøte mai",
                LocalDateTime.now(NorwegianTime.ZONE).minusHours(2), LocalDateTime.now(NorwegianTime.ZONE).minusHours(1), "Møterom 2"));
        AgendaItem openItem = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), meeting.id(), open.id(),
                null, 20));
        AgendaItem secretItem = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), meeting.id(),
                secret.id(), null, 20));
        OrganisationFixture.done(meetings.writeMinutes(council.chair(), openItem.id(), openItem.version(),
                "Tre klinikker gjør det ulikt.", "Rådet anbefaler ansiennitetsdatoen.", "Felles rutine fra juni."));
        OrganisationFixture.done(meetings.writeMinutes(council.chair(), secretItem.id(), secretItem.version(), null,
                "Rådet anbefaler ansiennitetsdatoen også her.", null));
        OrganisationFixture.done(meetings.addAction(council.chair(), openItem.id(), "Skrive ansiennitetsrutinen",
                council.chairPerson().id(), LocalDate.now(NorwegianTime.ZONE).plusMonths(1)));

        assertThat(find(council.chair(), "ansiennitetsdato")).hasSize(2)
            .allMatch(hit -> hit.type() == DocumentType.REFERAT);
        assertThat(find(council.chair(), "ansiennitetsrutine")).extracting(SearchHit::type)
            .containsExactly(DocumentType.TILTAK);
        assertThat(find(council.secondEmployee(), "ansiennitetsdato")).isEmpty();

        OrganisationFixture.done(meetings.markHeld(council.chair(), meeting.id()));
        OrganisationFixture.done(meetings.publish(council.chair(), meeting.id()));

        List<SearchHit> afterPublishing = find(council.secondEmployee(), "ansiennitetsdato");
        assertThat(afterPublishing).hasSize(1);
        assertThat(afterPublishing.get(0).url()).isEqualTo("/moter/" + meeting.id() + "/referat#punkt-" + openItem.id());
        assertThat(find(council.chair(), "ansiennitetsdato")).extracting(SearchHit::url)
            .contains("/moter/" + meeting.id() + "/punkter/" + openItem.id());
        assertThat(afterPublishing.get(0).snippet()).contains(new Segment("ansiennitetsdatoen", true));
        assertThat(find(council.secondEmployee(), "ansiennitetsrutinen")).hasSize(1);
        assertThat(find(council.outsider(), "ansiennitetsdato")).isEmpty();
    }

    @Test
    void filtersNarrowByStatusCategoryAndYear() {
        CouncilCase rejected = submit(council.employee(), "Kodeverk for kontakter", "Kodeverk.", false);
        submit(council.employee(), "Kodeverk i DIPS", "Kodeverk.", false);
        OrganisationFixture.done(cases.reject(council.chair(), rejected.id(), rejected.version(), "Hører til PASK."));
        long body = council.body().id();
        int year = rejected.caseYear();

        assertThat(search.search(council.chair(), new Query("kodeverk", body, CaseStatus.AVVIST, null, null)).hits())
            .extracting(SearchHit::caseNumber)
            .containsExactly(rejected.number());
        assertThat(search.search(council.chair(), new Query("kodeverk", body, null, CaseCategory.HORING, null)).hits())
            .isEmpty();
        assertThat(search.search(council.chair(), new Query("kodeverk", body, null, null, year)).hits()).hasSize(2);
        assertThat(search.search(council.chair(), new Query("kodeverk", body, null, null, year - 1)).hits()).isEmpty();
    }

    @Test
    void aWordInMoreDocumentsThanOneSearchReadsIsCountedAsALowerBoundAndEveryCandidateIsRankedOnAllItsWords() {
        int many = CouncilSearch.CANDIDATES_PER_TERM + 50;
        List<Object[]> rows = new ArrayList<>();
        for (int n = 0; n < many; n++) {
            rows.add(new Object[] { council.body().id(), 2026, 500 + n, "Dobbeltbooking av time " + n,
                    "Dobbeltbooking skjer.", Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 9, 0).plusMinutes(n)) });
        }
        // The old case has the common word only in its text, so it is far down that word's list.
        rows.add(new Object[] { council.body().id(), 2021, 499, "Kveldspoliklinikken",
                "Dobbeltbooking på kveldstid.", Timestamp.valueOf(LocalDateTime.of(2021, 1, 4, 9, 0)) });
        insertOpenCasesAndReindex(rows);

        CouncilSearch.Results common = search.search(council.secondEmployee(),
                new Query("dobbeltbooking", council.body().id(), null, null, null));
        assertThat(common.atLeast()).isTrue();
        assertThat(common.total()).isEqualTo(CouncilSearch.CANDIDATES_PER_TERM);
        assertThat(common.hits()).hasSize(CouncilSearch.SHOWN);
        assertThat(titles(common.hits()).get(0)).isEqualTo("Dobbeltbooking av time " + (many - 1));

        CouncilSearch.Results both = search.search(council.secondEmployee(),
                new Query("dobbeltbookingen kveldspoliklinikk", council.body().id(), null, null, null));
        assertThat(titles(both.hits()).get(0)).isEqualTo("Kveldspoliklinikken");
        assertThat(both.hits().get(0).matchedTerms()).isEqualTo(2);

        CouncilSearch.Results rare = search.search(council.secondEmployee(),
                new Query("kveldspoliklinikk", council.body().id(), null, null, null));
        assertThat(rare.atLeast()).isFalse();
        assertThat(rare.total()).isEqualTo(1);
    }

    @Test
    void whenEveryWordIsCommonADocumentWithBothRanksFirstEvenIfOneIsOnlyInItsText() {
        int many = CouncilSearch.CANDIDATES_PER_TERM + 20;
        List<Object[]> rows = new ArrayList<>();
        for (int n = 0; n < many; n++) {
            LocalDateTime at = LocalDateTime.of(2025, 1, 1, 9, 0).plusMinutes(n);
            rows.add(new Object[] { council.body().id(), 2025, 3000 + 2 * n, "Frammøtelister " + n, "Tekst.",
                    Timestamp.valueOf(at) });
            rows.add(new Object[] { council.body().id(), 2025, 3001 + 2 * n, "Oppmøtekort " + n, "Tekst.",
                    Timestamp.valueOf(at) });
        }
        // The newest with the first word in its title; the second word only in its text, far down that list.
        rows.add(new Object[] { council.body().id(), 2026, 2999, "Frammøtelister på kveldstid",
                "Oppmøtekort mangler.", Timestamp.valueOf(LocalDateTime.of(2026, 2, 1, 9, 0)) });
        insertOpenCasesAndReindex(rows);

        CouncilSearch.Results both = search.search(council.secondEmployee(),
                new Query("frammøteliste oppmøtekort", council.body().id(), null, null, null));
        assertThat(both.atLeast()).isTrue();
        assertThat(titles(both.hits()).get(0)).isEqualTo("Frammøtelister på kveldstid");
        assertThat(both.hits().get(0).matchedTerms()).isEqualTo(2);
        assertThat(both.hits().subList(1, both.hits().size())).allSatisfy(hit -> assertThat(hit.matchedTerms()).isEqualTo(1));
    }

    /** Many cases at once, in JDBC batches: rows of body, year, number, title, description and time. */
    private void insertOpenCasesAndReindex(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into council_case (body_id, case_year, case_number, title, description, category, status,
                    confidential, submitter_account_id, submitting_unit_id, submitted_at)
                values (?, ?, ?, ?, ?, 'ANNET', 'INNMELDT', false, %d, %d, ?)
                """.formatted(council.employee().accountId(), council.sectionA().id()), rows);
        index.rebuild();
    }

    @Test
    void theResultsPageMarksMatchesAndEscapesEverythingElse() throws Exception {
        submit(council.employee(), "Henvisninger <b>fet</b> & <script>x()</script>", "Beskrivelse.", false);

        mvc.perform(get("/rad/sok").param("q", "henvisning").param("body", String.valueOf(council.body().id()))
            .with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("<mark>Henvisninger</mark>")))
            .andExpect(content().string(Matchers.containsString("&lt;b&gt;")))
            .andExpect(content().string(Matchers.containsString("&lt;script&gt;")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("<script>x()"))))
            .andExpect(content().string(Matchers.containsString("1 treff for «henvisning».")));
    }

    @Test
    void theSearchPageWithoutWordsShowsTheFormAndBadFiltersAreAFieldError() throws Exception {
        mvc.perform(get("/rad/sok").with(user(council.employee())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Søkeord")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Treff"))));
        mvc.perform(get("/rad/sok").param("q", "x").param("year", "i fjor").with(user(council.employee())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("År: «i fjor» er ikke et gyldig tall.")));
        mvc.perform(get("/rad").with(user(council.employee())))
            .andExpect(content().string(Matchers.containsString("action=\"/rad/sok\"")));
    }

}
