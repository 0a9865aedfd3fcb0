package no.fagflyt.council;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.meeting.ActionItem;
import no.fagflyt.council.meeting.AgendaItem;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An action's owner is reminded on "Min side", overdue marked in text, until the action is done. */
@IntegrationTest
class ActionRemindersOnMyPageTests {

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilMeetings meetings;

    @Autowired
    MockMvc mvc;

    @Test
    void theOwnerSeesOpenActionsWithOverdueMarkedAndOthersDoNot() throws Exception {
        Council council = fixture.council();
        Meeting meeting = OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), "Rådsmøte",
                LocalDateTime.now(NorwegianTime.ZONE).minusMinutes(30), LocalDateTime.now(NorwegianTime.ZONE).plusMinutes(60), "Møterom 1"));
        AgendaItem item = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), meeting.id(), null,
                "Rutiner for innkalling", 15));
        ActionItem overdue = OrganisationFixture.done(meetings.addAction(council.chair(), item.id(),
                "Oppdatere innkallingsmal", council.employeePerson().id(), LocalDate.now(NorwegianTime.ZONE).minusDays(2)));
        OrganisationFixture.done(meetings.addAction(council.chair(), item.id(), "Sende ut rutine",
                council.employeePerson().id(), LocalDate.now(NorwegianTime.ZONE).plusDays(10)));

        mvc.perform(get("/min-side").with(user(council.employee())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Oppdatere innkallingsmal")))
            .andExpect(content().string(Matchers.containsString("Sende ut rutine")))
            .andExpect(content().string(Matchers.containsString("Forfalt")))
            .andExpect(content().string(Matchers.containsString("/oppfolging#tiltak-" + overdue.id())));
        mvc.perform(get("/min-side").with(user(council.secondEmployee())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.not(Matchers.containsString("Oppdatere innkallingsmal"))));

        meetings.completeAction(council.chair(), overdue.id());
        mvc.perform(get("/min-side").with(user(council.employee())))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Oppdatere innkallingsmal"))))
            .andExpect(content().string(Matchers.containsString("Sende ut rutine")));
    }

}
