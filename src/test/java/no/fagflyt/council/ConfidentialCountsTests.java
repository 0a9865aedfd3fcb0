package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.body.CouncilBodies.BodySummary;
import no.fagflyt.council.report.CouncilYearlyReport;
import no.fagflyt.council.report.YearlyReport;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.support.IntegrationTest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The number of cases a body has gives no confidential case away: the body list, the yearly report and its
 * PDF count a confidential case for the body's members and the administrator, not for other employees.
 */
@IntegrationTest
class ConfidentialCountsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilBodies bodies;

    @Autowired
    CouncilYearlyReport reports;

    Council council;

    int year = LocalDate.now().getYear();

    @BeforeEach
    void anOpenAndAConfidentialCase() {
        council = fixture.council();
        fixture.submit(council, council.secondEmployee(), "Åpen sak om ventelister", false);
        fixture.submit(council, council.secondEmployee(), "Konfidensiell sak om en kollega", true);
    }

    private int unresolvedInList(CurrentUser who) throws Exception {
        Object rows = mvc.perform(get("/rad").with(user(who)))
            .andExpect(status().isOk())
            .andReturn()
            .getModelAndView()
            .getModel()
            .get("bodies");
        @SuppressWarnings("unchecked")
        List<BodySummary> list = (List<BodySummary>) rows;
        return list.stream().filter(row -> row.body().id() == council.body().id()).findFirst().orElseThrow()
            .unresolvedCases();
    }

    private int casesOnReportPage(CurrentUser who) throws Exception {
        YearlyReport report = (YearlyReport) mvc.perform(get("/rad/" + council.body().id() + "/arsrapport")
            .param("ar", String.valueOf(year))
            .with(user(who)))
            .andExpect(status().isOk())
            .andReturn()
            .getModelAndView()
            .getModel()
            .get("report");
        return report.casesTotal();
    }

    private String pdfText(CurrentUser who) throws Exception {
        byte[] pdf = mvc.perform(get("/rad/" + council.body().id() + "/arsrapport.pdf").param("ar", String.valueOf(year))
            .with(user(who)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theBodyListCountsTheConfidentialCaseOnlyForMembersAndTheAdministrator() throws Exception {
        assertThat(unresolvedInList(council.employee())).isEqualTo(1);
        assertThat(unresolvedInList(council.chair())).isEqualTo(2);
        assertThat(bodies.visibleBodies(CouncilFixture.ADMIN)).filteredOn(row -> row.body().id() == council.body().id())
            .singleElement()
            .satisfies(row -> assertThat(row.unresolvedCases()).isEqualTo(2));
        mvc.perform(get("/rad")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theYearlyReportCountsTheConfidentialCaseOnlyForMembersAndTheAdministrator() throws Exception {
        assertThat(casesOnReportPage(council.employee())).isEqualTo(1);
        assertThat(casesOnReportPage(council.chair())).isEqualTo(2);
        assertThat(reports.report(council.employee(), council.body().id(), year).casesByStatus())
            .extracting(YearlyReport.StatusRow::count)
            .containsOnly(1, 0);
        assertThat(reports.report(CouncilFixture.ADMIN, council.body().id(), year).casesTotal()).isEqualTo(2);
        mvc.perform(get("/rad/" + council.body().id() + "/arsrapport")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/rad/" + council.body().id() + "/arsrapport").with(user(council.outsider())))
            .andExpect(status().isForbidden());
    }

    @Test
    void theYearlyReportPdfCountsTheConfidentialCaseOnlyForMembers() throws Exception {
        assertThat(pdfText(council.employee())).contains("1 sak meldt inn i året.");
        assertThat(pdfText(council.chair())).contains("2 saker meldt inn i året.");
        mvc.perform(get("/rad/" + council.body().id() + "/arsrapport.pdf")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/rad/" + council.body().id() + "/arsrapport.pdf").with(user(council.outsider())))
            .andExpect(status().isForbidden());
    }

}
