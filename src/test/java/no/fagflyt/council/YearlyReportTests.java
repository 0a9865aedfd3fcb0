package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.cases.CaseCategory;
import no.fagflyt.council.cases.CaseStatus;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.council.cases.CouncilCases;
import no.fagflyt.council.meeting.ActionItem;
import no.fagflyt.council.meeting.AgendaItem;
import no.fagflyt.council.meeting.AttendanceLine;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.council.report.CouncilYearlyReport;
import no.fagflyt.council.report.Gain;
import no.fagflyt.council.report.YearlyReport;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A year of a council summed up: cases by category and status, meetings and attendance, actions, and the gains. */
@IntegrationTest
class YearlyReportTests {

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilCases cases;

    @Autowired
    CouncilMeetings meetings;

    @Autowired
    CouncilYearlyReport reports;

    @Autowired
    MockMvc mvc;

    Council council;

    int year = LocalDate.now(NorwegianTime.ZONE).getYear();

    @BeforeEach
    void aYearOfWork() {
        council = fixture.council();
        CouncilCase first = fixture.submit(council, council.employee(), "Ventelister", false);
        fixture.submit(council, council.employee(), "Mottaksdato", false);
        CouncilCase other = OrganisationFixture.done(cases.submit(council.employee(), council.body().id(),
                new CouncilCases.Submission("Ny fagdag", "Forslag.", CaseCategory.OPPLAERING_OG_UTDANNING,
                        council.sectionA().id(), false)));
        OrganisationFixture.done(cases.reject(council.chair(), other.id(), other.version(), "Hører til KLN."));
        Meeting meeting = OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), "Rådsmøte",
                LocalDateTime.now(NorwegianTime.ZONE).minusHours(3), LocalDateTime.now(NorwegianTime.ZONE).minusHours(2), "Møterom"));
        AgendaItem item = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), meeting.id(), first.id(),
                null, 20));
        ActionItem overdue = OrganisationFixture.done(meetings.addAction(council.chair(), item.id(), "Kartlegge",
                council.chairPerson().id(), LocalDate.now(NorwegianTime.ZONE).minusDays(1)));
        ActionItem done = OrganisationFixture.done(meetings.addAction(council.chair(), item.id(), "Skrive rutine",
                council.chairPerson().id(), LocalDate.now(NorwegianTime.ZONE).plusDays(10)));
        meetings.completeAction(council.chair(), done.id());
        meetings.recordAttendance(council.chair(), meeting.id(), Set.copyOf(meetings.attendance(meeting)
            .stream()
            .map(AttendanceLine::member)
            .map(member -> member.id())
            .toList()));
        OrganisationFixture.done(meetings.markHeld(council.chair(), meeting.id()));
        OrganisationFixture.done(reports.recordEvidence(council.chair(), council.body().id(), year,
                Gain.LIK_PRAKSIS, "Alle klinikker bruker nå ansiennitetsdato som mottaksdato."));
        assertThat(overdue.id()).isNotEqualTo(done.id());
    }

    @Test
    void theReportCountsCasesMeetingsAttendanceAndActions() {
        YearlyReport report = reports.report(council.chair(), council.body().id(), year);

        assertThat(report.casesTotal()).isEqualTo(3);
        assertThat(report.casesByCategory()).filteredOn(row -> row.category() == CaseCategory.REGISTRERINGSPRAKSIS)
            .singleElement()
            .satisfies(row -> assertThat(row.total()).isEqualTo(2));
        assertThat(report.casesByCategory()).filteredOn(row -> row.category() == CaseCategory.OPPLAERING_OG_UTDANNING)
            .singleElement()
            .satisfies(row -> assertThat(row.rejected()).isEqualTo(1));
        assertThat(report.casesByStatus()).filteredOn(row -> row.status() == CaseStatus.AVVIST)
            .singleElement()
            .satisfies(row -> assertThat(row.count()).isEqualTo(1));
        assertThat(report.meetingsHeld()).isEqualTo(1);
        assertThat(report.attendancePercent()).isEqualTo(100);
        assertThat(report.actions()).isEqualTo(new YearlyReport.Actions(2, 1, 1, 1, 1));
        assertThat(report.evidence().get(Gain.LIK_PRAKSIS)).singleElement()
            .satisfies(e -> assertThat(e.text()).startsWith("Alle klinikker"));
        assertThat(report.chart()).filteredOn(bar -> bar.value() == 2).singleElement()
            .satisfies(bar -> assertThat(bar.percent()).isEqualTo(100));
        assertThat(reports.report(council.chair(), council.body().id(), year - 1).casesTotal()).isZero();
    }

    @Test
    void thePageHasTheChartWithATableAndTheGainsAndTheEvidenceFormIsForMembers() throws Exception {
        String page = "/rad/" + council.body().id() + "/arsrapport";
        mvc.perform(get(page).param("ar", String.valueOf(year)).with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Årsrapport " + year)))
            .andExpect(content().string(Matchers.containsString("<svg role=\"img\"")))
            .andExpect(content().string(Matchers.containsString("id=\"cases-by-category\"")))
            .andExpect(content().string(Matchers.containsString("Lik praksis i det kontorfaglige arbeidet")))
            .andExpect(content().string(Matchers.containsString("Registrer dokumentasjon")));
        mvc.perform(get(page).with(user(council.secondEmployee())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.not(Matchers.containsString("Registrer dokumentasjon"))));
        mvc.perform(get(page).with(user(council.outsider()))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/gevinster").param("year", String.valueOf(year)).param("gain", "LIK_PRAKSIS")
            .param("evidence", " ").with(user(council.chair())).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Feltet må fylles ut.")));
        mvc.perform(post(page + "/gevinster").param("year", String.valueOf(year)).param("gain", "LIK_PRAKSIS")
            .param("evidence", "Tekst").with(user(council.secondEmployee())).with(csrf()))
            .andExpect(status().isForbidden());
    }

    /** A type error names its field or parameter in Norwegian, on the form and on the 400 page. */
    @Test
    void aYearThatIsNoNumberIsNamedAsTheYear() throws Exception {
        String page = "/rad/" + council.body().id() + "/arsrapport";
        mvc.perform(get(page).param("ar", "i fjor").with(user(council.chair())))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(Matchers.containsString("Verdien i «År» har feil format")));
        mvc.perform(post(page + "/gevinster").param("year", "i fjor").param("gain", "UKJENT")
            .param("evidence", "Tekst").with(user(council.chair())).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("År: «i fjor» er ikke et gyldig tall.")))
            .andExpect(content().string(Matchers.containsString("Gevinst: «UKJENT» er ikke et av valgene.")));
    }

    @Test
    void aYearBeyondTheCalendarIsNamedWithTheYearsAllowed() throws Exception {
        String page = "/rad/" + council.body().id() + "/arsrapport";
        for (String address : List.of(page, page + ".pdf")) {
            mvc.perform(get(address).param("ar", "999999999").with(user(council.chair())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("«År» må være mellom 1900 og 2200.")));
        }
    }

    @Test
    void thePdfHasTheNumbersAndTheEvidence() throws Exception {
        byte[] pdf = mvc.perform(get("/rad/" + council.body().id() + "/arsrapport.pdf").param("ar", String.valueOf(year))
            .with(user(council.chair())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Årsrapport " + year, "Registreringspraksis",
                "2 tiltak vedtatt: 1 utført (1 innen fristen), 1 åpent, av dem 1 forfalt.",
                "Økt pasientsikkerhet og kvalitet", "Alle klinikker bruker nå ansiennitetsdato som mottaksdato.");
    }

}
