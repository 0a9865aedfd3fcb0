package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.meeting.AgendaItem;
import no.fagflyt.council.meeting.AgendaLine;
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

/** Moving agenda items up and down while the meeting is planned. */
@IntegrationTest
class AgendaReorderTests {

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilMeetings meetings;

    @Autowired
    MockMvc mvc;

    Council council;

    Meeting meeting;

    AgendaItem first;

    AgendaItem second;

    @BeforeEach
    void meeting() {
        council = fixture.council();
        meeting = OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), "Rådsmøte april",
                LocalDateTime.now(NorwegianTime.ZONE).minusMinutes(30), LocalDateTime.now(NorwegianTime.ZONE).plusMinutes(60), "Tønsberg"));
        first = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), meeting.id(), null, "Velkommen", 5));
        second = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), meeting.id(), null, "Budsjett", 20));
    }

    @Test
    void anItemMovesUpWithAnAccessiblyNamedButton() throws Exception {
        mvc.perform(get("/moter/" + meeting.id()).with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Flytt opp «Budsjett»")))
            .andExpect(content().string(Matchers.containsString("Flytt ned «Velkommen»")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Flytt opp «Velkommen»"))));
        mvc.perform(post("/moter/" + meeting.id() + "/punkter/" + second.id() + "/flytt").param("retning", "opp")
            .with(user(council.chair())).with(csrf()))
            .andExpect(status().is3xxRedirection());
        assertThat(titles()).containsExactly("Budsjett", "Velkommen");
        mvc.perform(post("/moter/" + meeting.id() + "/punkter/" + second.id() + "/flytt").param("retning", "ned")
            .with(user(council.chair())).with(csrf()))
            .andExpect(status().is3xxRedirection());
        assertThat(titles()).containsExactly("Velkommen", "Budsjett");
    }

    @Test
    void theAgendaCannotBeReorderedOnceTheMeetingIsHeld() throws Exception {
        OrganisationFixture.done(meetings.markHeld(council.chair(), meeting.id()));
        mvc.perform(post("/moter/" + meeting.id() + "/punkter/" + second.id() + "/flytt").param("retning", "opp")
            .with(user(council.chair())).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Sakslisten kan bare endres før møtet er avholdt.")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Flytt ned «Velkommen»"))));
        assertThat(titles()).containsExactly("Velkommen", "Budsjett");
    }

    @Test
    void aNonMemberCannotReorder() throws Exception {
        mvc.perform(post("/moter/" + meeting.id() + "/punkter/" + second.id() + "/flytt").param("retning", "opp")
            .with(user(council.employee())).with(csrf()))
            .andExpect(status().isForbidden());
        assertThat(titles()).containsExactly("Velkommen", "Budsjett");
    }

    private List<String> titles() {
        return meetings.agenda(council.chair(), meetings.load(meeting.id())).stream()
            .map(AgendaLine::item)
            .map(AgendaItem::title)
            .toList();
    }

}
