package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.cases.CaseRow;
import no.fagflyt.council.cases.CaseStatus;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.council.cases.CouncilCases;
import no.fagflyt.platform.ResultPage;
import no.fagflyt.support.IntegrationTest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A body with more cases than one page holds: the body page shows them 100 at a time, newest first,
 * optionally of one status, and the count and the pages follow the same access rule as the cases.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodyCaseListTests {

    private static final int OPEN_CASES = 200;

    private static final int CONFIDENTIAL_CASES = 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilCases cases;

    Council council;

    final List<CouncilCase> submitted = new ArrayList<>();

    final List<CouncilCase> underReview = new ArrayList<>();

    @BeforeAll
    void manyCases() {
        council = fixture.council();
        for (int i = 0; i < OPEN_CASES; i++) {
            submitted.add(fixture.submit(council, council.secondEmployee(), "Åpen sak nummer " + (i + 1), false));
        }
        for (int i = 0; i < CONFIDENTIAL_CASES; i++) {
            submitted.add(fixture.submit(council, council.employee(), "Konfidensiell sak nummer " + (i + 1), true));
        }
        for (CouncilCase councilCase : List.of(submitted.get(3), submitted.get(150), submitted.get(201))) {
            cases.changeStatus(council.chair(), councilCase.id(), councilCase.version(), CaseStatus.TIL_VURDERING, null);
            underReview.add(councilCase);
        }
    }

    @Test
    void aMemberPagesThroughEveryCaseNewestFirstWithoutGapsOrRepeats() {
        long body = council.body().id();
        List<CaseRow> seen = new ArrayList<>();
        ResultPage<CaseRow> page = cases.casesOfBody(council.chair(), body, null, 0);
        assertThat(page.rows()).hasSize(CouncilCases.CASES_PER_PAGE);
        assertThat(page.hasNext()).isTrue();
        seen.addAll(page.rows());
        page = cases.casesOfBody(council.chair(), body, null, 1);
        assertThat(page.rows()).hasSize(CouncilCases.CASES_PER_PAGE);
        assertThat(page.firstRowNumber()).isEqualTo(101);
        seen.addAll(page.rows());
        page = cases.casesOfBody(council.chair(), body, null, 2);
        assertThat(page.rows()).hasSize(5);
        assertThat(page.hasNext()).isFalse();
        seen.addAll(page.rows());

        List<String> newestFirst = new ArrayList<>(submitted.stream().map(CouncilCase::number).toList());
        Collections.reverse(newestFirst);
        assertThat(seen).extracting(CaseRow::number).containsExactlyElementsOf(newestFirst);
        assertThat(cases.countCasesOfBody(council.chair(), body, null)).isEqualTo(OPEN_CASES + CONFIDENTIAL_CASES);
    }

    @Test
    void theStatusFilterNarrowsBothThePageAndTheCount() {
        long body = council.body().id();
        ResultPage<CaseRow> page = cases.casesOfBody(council.chair(), body, CaseStatus.TIL_VURDERING, 0);
        assertThat(page.rows()).extracting(CaseRow::id)
            .containsExactly(underReview.get(2).id(), underReview.get(1).id(), underReview.get(0).id());
        assertThat(page.hasNext()).isFalse();
        assertThat(cases.countCasesOfBody(council.chair(), body, CaseStatus.TIL_VURDERING)).isEqualTo(3);
        assertThat(cases.countCasesOfBody(council.chair(), body, CaseStatus.INNMELDT))
            .isEqualTo(OPEN_CASES + CONFIDENTIAL_CASES - 3);
    }

    @Test
    void othersNeitherSeeNorCountConfidentialCasesExceptTheirOwn() {
        long body = council.body().id();
        assertThat(cases.countCasesOfBody(council.secondEmployee(), body, null)).isEqualTo(OPEN_CASES);
        assertThat(cases.countCasesOfBody(council.secondEmployee(), body, CaseStatus.TIL_VURDERING)).isEqualTo(2);
        Set<Long> shown = new HashSet<>();
        for (int p = 0; p < 3; p++) {
            cases.casesOfBody(council.secondEmployee(), body, null, p).rows().forEach(row -> shown.add(row.id()));
        }
        assertThat(shown).hasSize(OPEN_CASES);
        assertThat(shown).doesNotContainAnyElementsOf(
                submitted.subList(OPEN_CASES, submitted.size()).stream().map(CouncilCase::id).toList());

        // The submitter of the confidential cases sees those and the open ones.
        assertThat(cases.countCasesOfBody(council.employee(), body, null)).isEqualTo(OPEN_CASES + CONFIDENTIAL_CASES);
    }

    @Test
    void theBodyPageShowsOnePageWithItsRangeAndLinksToTheNeighbours() throws Exception {
        String url = "/rad/" + council.body().id();
        mvc.perform(get(url).param("side", "1").with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Viser 101–200 av 205 saker")))
            .andExpect(content().string(Matchers.containsString("Åpen sak nummer 105<")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Åpen sak nummer 106<"))))
            .andExpect(content().string(Matchers.containsString("side=0#saker")))
            .andExpect(content().string(Matchers.containsString("side=2#saker")));
        mvc.perform(get(url).param("status", "TIL_VURDERING").with(user(council.secondEmployee())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Viser 1–2 av 2 saker")))
            .andExpect(content().string(Matchers.containsString("<option value=\"TIL_VURDERING\" selected")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Neste side"))));
    }

}
