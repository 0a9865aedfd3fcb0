package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.council.meeting.AgendaItem;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The minutes as PDF, read back with PDFBox: the decision is there with its Norwegian letters, secrets are not. */
@IntegrationTest
class MinutesPdfTests {

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilMeetings meetings;

    @Autowired
    MockMvc mvc;

    Council council;

    Meeting meeting;

    @BeforeEach
    void publishedMeeting() {
        council = fixture.council();
        CouncilCase open = fixture.submit(council, council.employee(), "Mottaksdato for henvisninger", false);
        CouncilCase secret = fixture.submit(council, council.employee(), "Personalsak på sentralbordet", true);
        meeting = OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), "Rådsmøte juni",
                LocalDateTime.now(NorwegianTime.ZONE).minusHours(2), LocalDateTime.now(NorwegianTime.ZONE).minusHours(1), "Møterom Fjæra"));
        AgendaItem item = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), meeting.id(), open.id(),
                null, 20));
        AgendaItem secretItem = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), meeting.id(),
                secret.id(), null, 10));
        OrganisationFixture.done(meetings.writeMinutes(council.chair(), item.id(), item.version(),
                "Klinikkene bruker ulik dato.", "Rådet anbefaler ansiennitetsdato.",
                "Felles rutine for mottak av henvisninger innføres fra 1. september – «alle klinikker»."));
        OrganisationFixture.done(meetings.writeMinutes(council.chair(), secretItem.id(), secretItem.version(), null,
                null, "Hemmelig vedtak om vaktordning."));
        OrganisationFixture.done(meetings.addAction(council.chair(), item.id(), "Skrive rutinen for mottak",
                council.chairPerson().id(), LocalDate.now(NorwegianTime.ZONE).plusMonths(1)));
        OrganisationFixture.done(meetings.markHeld(council.chair(), meeting.id()));
        OrganisationFixture.done(meetings.publish(council.chair(), meeting.id()));
    }

    private String pdfText(no.fagflyt.platform.CurrentUser who) throws Exception {
        byte[] pdf = mvc.perform(get("/moter/" + meeting.id() + "/referat.pdf").with(user(who)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        return text(pdf);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theDecisionAndTheActionAreInThePdfWithTheirNorwegianLetters() throws Exception {
        String text = pdfText(council.employee());

        assertThat(text).contains("Referat: Rådsmøte juni", "Møterom Fjæra",
                "Felles rutine for mottak av henvisninger innføres fra 1. september – «alle klinikker».",
                "Rådet anbefaler ansiennitetsdato.", "Skrive rutinen for mottak", "Randi Rådsleder");
    }

    @Test
    void aNonMemberGetsThePdfWithoutTheConfidentialItemAMemberWithIt() throws Exception {
        assertThat(pdfText(council.employee())).doesNotContain("Hemmelig vedtak", "Personalsak")
            .contains("Konfidensiell sak");
        assertThat(pdfText(council.chair())).contains("Hemmelig vedtak om vaktordning.");
    }

    @Test
    void anotherOrganisationGetsNoPdf() throws Exception {
        mvc.perform(get("/moter/" + meeting.id() + "/referat.pdf").with(user(council.outsider())))
            .andExpect(status().isForbidden());
    }

}
