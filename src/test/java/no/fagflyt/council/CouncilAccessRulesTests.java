package no.fagflyt.council;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees what in a council: a member (the chair), an employee of the same hospital who is not a member,
 * the submitter of a confidential case, an employee of another organisation, and a logged-out visitor.
 */
@IntegrationTest
class CouncilAccessRulesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilMeetings meetings;

    Council council;

    CouncilCase open;

    CouncilCase confidential;

    @BeforeEach
    void council() {
        council = fixture.council();
        open = fixture.submit(council, council.secondEmployee(), "Åpen sak om ventelister", false);
        confidential = fixture.submit(council, council.employee(), "Konfidensiell sak om en kollega", true);
    }

    @Test
    void aLoggedOutVisitorIsSentToLogin() throws Exception {
        for (String url : new String[] { "/rad", "/rad/" + council.body().id(), "/saker/" + open.id(), "/saker/mine",
                "/oppfolging" }) {
            mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void aMemberSeesTheConfidentialCaseAndTheWorkflowForms() throws Exception {
        mvc.perform(get("/saker/" + confidential.id()).with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Konfidensiell sak om en kollega")))
            .andExpect(content().string(Matchers.containsString("Endre status")));
        mvc.perform(get("/rad/" + council.body().id()).with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Konfidensiell sak om en kollega")));
    }

    @Test
    void theSubmitterSeesTheirConfidentialCaseButCannotWorkIt() throws Exception {
        mvc.perform(get("/saker/" + confidential.id()).with(user(council.employee())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Konfidensiell sak om en kollega")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Endre status"))));
        mvc.perform(post("/saker/" + confidential.id() + "/status").param("status", "TIL_VURDERING")
            .param("version", "1").with(user(council.employee())).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aNonMemberEmployeeSeesOpenCasesButNotConfidentialOnes() throws Exception {
        mvc.perform(get("/saker/" + open.id()).with(user(council.employee()))).andExpect(status().isOk());
        mvc.perform(get("/saker/" + confidential.id()).with(user(council.secondEmployee())))
            .andExpect(status().isForbidden())
            .andExpect(content().string(Matchers.not(Matchers.containsString("kollega"))));
        mvc.perform(get("/rad/" + council.body().id()).with(user(council.secondEmployee())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Åpen sak om ventelister")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("kollega"))));
    }

    @Test
    void anEmployeeOfAnotherOrganisationSeesNothingOfTheBody() throws Exception {
        mvc.perform(get("/rad/" + council.body().id()).with(user(council.outsider()))).andExpect(status().isForbidden());
        mvc.perform(get("/saker/" + open.id()).with(user(council.outsider()))).andExpect(status().isForbidden());
        mvc.perform(get("/rad").with(user(council.outsider())))
            .andExpect(content().string(Matchers.not(Matchers.containsString(council.body().name()))));
    }

    @Test
    void minutesAreOpenToEmployeesOnlyOncePublished() throws Exception {
        Meeting meeting = OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), "Rådsmøte",
                LocalDateTime.now(NorwegianTime.ZONE).minusHours(2), LocalDateTime.now(NorwegianTime.ZONE).minusHours(1), "Møterom 1"));
        mvc.perform(get("/moter/" + meeting.id() + "/referat").with(user(council.employee())))
            .andExpect(status().isForbidden());
        OrganisationFixture.done(meetings.markHeld(council.chair(), meeting.id()));
        OrganisationFixture.done(meetings.publish(council.chair(), meeting.id()));
        mvc.perform(get("/moter/" + meeting.id() + "/referat").with(user(council.employee())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Referat: Rådsmøte")));
        mvc.perform(get("/moter/" + meeting.id() + "/referat").with(user(council.outsider())))
            .andExpect(status().isForbidden());
    }

    @Test
    void submittingWithoutATitleShowsANorwegianFieldError() throws Exception {
        mvc.perform(post("/rad/" + council.body().id() + "/meld-inn").param("title", "").param("description", "x")
            .param("category", "ANNET").param("submittingUnitId", String.valueOf(council.sectionA().id()))
            .with(user(council.employee())).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Feltet må fylles ut.")));
    }

    @Test
    void theSubmitFormAndTheBodyPageRender() throws Exception {
        mvc.perform(get("/rad/" + council.body().id() + "/meld-inn").with(user(council.employee())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Kontortjeneste A")));
        mvc.perform(get("/rad/" + council.body().id()).with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Mangler representant fra Klinikk B")))
            .andExpect(content().string(Matchers.containsString("Juridisk kompetanse")));
        mvc.perform(get("/saker/mine").with(user(council.employee())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Konfidensiell sak om en kollega")));
        mvc.perform(get("/oppfolging").with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Åpen sak om ventelister")));
    }

    @Test
    void anUnknownCaseIsANorwegian404() throws Exception {
        mvc.perform(get("/saker/987654321").with(user(council.chair())))
            .andExpect(status().isNotFound())
            .andExpect(content().string(Matchers.containsString("Fant ikke siden")));
    }

}
