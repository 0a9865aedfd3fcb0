package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.cases.CaseStatus;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.council.cases.CouncilCases;
import no.fagflyt.council.cases.HistoryEntry;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Outcome;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.TestClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CaseWorkflowTests {

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilCases cases;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    Council council;

    @BeforeEach
    void council() {
        council = fixture.council();
    }

    @Test
    void casesAreNumberedPerBodyAndYearStartingAtOne() {
        CouncilCase first = fixture.submit(council, council.employee(), "Henvisninger uten dato", false);
        CouncilCase second = fixture.submit(council, council.employee(), "Ventelister i DIPS", false);
        int year = Year.now(NorwegianTime.ZONE).getValue();
        assertThat(first.number()).isEqualTo(year + "/001");
        assertThat(second.number()).isEqualTo(year + "/002");
        assertThat(first.status()).isEqualTo(CaseStatus.INNMELDT);

        Council other = fixture.council();
        assertThat(fixture.submit(other, other.employee(), "Egen nummerserie", false).number())
            .isEqualTo(year + "/001");
    }

    @Test
    void aCaseSubmittedJustAfterMidnightInNorwayHasTheNorwegianDateTimeAndYear() throws Exception {
        // 00:28 on New Year's Day in Oslo is still 23:28 on New Year's Eve in UTC.
        clock.setInstant(Instant.parse("2026-12-31T23:28:00Z"));
        CouncilCase submitted = fixture.submit(council, council.employee(), "Innmeldt over nyttår", false);

        assertThat(submitted.number()).isEqualTo("2027/001");
        String page = mvc.perform(get("/saker/" + submitted.id()).with(user(council.chair())))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(page).contains("01.01.2027 kl. 00.28").doesNotContain("31.12.2026");
    }

    @Test
    void concurrentSubmissionsNeverShareANumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                tasks.add(() -> fixture.submit(council, council.employee(), "Samtidig " + n, false).number());
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> future : pool.invokeAll(tasks)) {
                numbers.add(future.get());
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(8);
        }
        finally {
            pool.shutdown();
        }
    }

    @Test
    void aMemberMovesACaseThroughTheWorkflowAndEveryStepIsInTheHistory() {
        CouncilCase submitted = fixture.submit(council, council.employee(), "Fristbrudd ved overføring", false);
        assertThat(cases.changeStatus(council.chair(), submitted.id(), submitted.version(), CaseStatus.TIL_VURDERING, null))
            .isInstanceOf(Outcome.Done.class);
        assertThat(cases.changeStatus(council.chair(), submitted.id(), submitted.version() + 1, CaseStatus.SATT_PA_SAKSLISTE, null))
            .isInstanceOf(Outcome.Done.class);
        assertThat(cases.history(submitted.id())).extracting(HistoryEntry::toStatus)
            .containsExactly(CaseStatus.INNMELDT, CaseStatus.TIL_VURDERING, CaseStatus.SATT_PA_SAKSLISTE);
    }

    @Test
    void anIllegalTransitionIsRefusedWithANorwegianMessageKey() {
        CouncilCase submitted = fixture.submit(council, council.employee(), "Hopper over behandling", false);
        Outcome<CaseStatus> outcome = cases.changeStatus(council.chair(), submitted.id(), submitted.version(), CaseStatus.AVSLUTTET, null);
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("case.error.illegalTransition"));
        assertThat(cases.load(submitted.id()).status()).isEqualTo(CaseStatus.INNMELDT);
    }

    @Test
    void rejectionNeedsAReasonAndClosesTheCase() {
        CouncilCase submitted = fixture.submit(council, council.employee(), "Utenfor mandatet", false);
        assertThat(cases.reject(council.chair(), submitted.id(), submitted.version(), "  ")).isInstanceOf(Outcome.Refused.class);
        assertThat(cases.reject(council.chair(), submitted.id(), submitted.version(), "Hører hjemme i linjen"))
            .isInstanceOf(Outcome.Done.class);
        CouncilCase rejected = cases.load(submitted.id());
        assertThat(rejected.status()).isEqualTo(CaseStatus.AVVIST);
        assertThat(rejected.rejectionReason()).isEqualTo("Hører hjemme i linjen");
        assertThat(cases.changeStatus(council.chair(), submitted.id(), rejected.version(), CaseStatus.TIL_VURDERING,
                null)).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void aStaleVersionIsRefusedAsAConflict() {
        CouncilCase submitted = fixture.submit(council, council.employee(), "To som endrer", false);
        cases.changeStatus(council.chair(), submitted.id(), submitted.version(), CaseStatus.TIL_VURDERING, null);
        assertThat(cases.changeStatus(council.chair(), submitted.id(), submitted.version(), CaseStatus.SATT_PA_SAKSLISTE,
                null))
            .isInstanceOfSatisfying(Outcome.Refused.class,
                    refused -> assertThat(refused.messageKey()).isEqualTo("form.conflict"));
    }

    @Test
    void onlyMembersMayAssignAndTheAssigneeMustBeAMember() {
        CouncilCase submitted = fixture.submit(council, council.employee(), "Tildeling", false);
        assertThatThrownBy(() -> cases.assign(council.employee(), submitted.id(), council.chairPerson().id()))
            .isInstanceOf(AccessDeniedProblem.class);
        assertThat(cases.assign(council.chair(), submitted.id(), council.employeePerson().id()))
            .isInstanceOf(Outcome.Refused.class);
        assertThat(cases.assign(council.chair(), submitted.id(), council.chairPerson().id()))
            .isInstanceOf(Outcome.Done.class);
        assertThat(cases.load(submitted.id()).assigneePersonId()).isEqualTo(council.chairPerson().id());
    }

    @Test
    void theSubmitterFollowsTheirOwnCasesInMineSaker() {
        fixture.submit(council, council.employee(), "Min egen sak", false);
        fixture.submit(council, council.secondEmployee(), "Noen andres sak", false);
        assertThat(cases.myCases(council.employee())).extracting(row -> row.title()).containsExactly("Min egen sak");
    }

    @Test
    void anEmployeeOfAnotherOrganisationCannotSubmit() {
        assertThatThrownBy(() -> fixture.submit(council, council.outsider(), "Utenfra", false))
            .isInstanceOf(AccessDeniedProblem.class);
    }

}
