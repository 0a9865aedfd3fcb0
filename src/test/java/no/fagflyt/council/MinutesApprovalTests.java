package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.meeting.AgendaItem;
import no.fagflyt.council.meeting.AgendaLine;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Outcome;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;
import no.fagflyt.support.TestClock;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The next meeting of a body approves the minutes of the previous one, and who approved them when is kept. */
@IntegrationTest
class MinutesApprovalTests {

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilMeetings meetings;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    Council council;

    @BeforeEach
    void council() {
        council = fixture.council();
    }

    private Meeting plan(String title, LocalDateTime start) {
        return OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), title, start,
                start.plusHours(1), "Møterom"));
    }

    private List<AgendaLine> agenda(Meeting meeting) {
        return meetings.agenda(council.chair(), meeting);
    }

    @Test
    void theFirstMeetingHasNothingToApproveAndTheNextGetsTheApprovalItem() {
        Meeting march = plan("Rådsmøte mars", LocalDateTime.now(NorwegianTime.ZONE).minusDays(30));
        Meeting april = plan("Rådsmøte april", LocalDateTime.now(NorwegianTime.ZONE).minusMinutes(30));

        assertThat(agenda(march)).isEmpty();
        assertThat(agenda(april)).singleElement().satisfies(line -> {
            assertThat(line.item().title()).startsWith("Godkjenning av referat fra forrige møte");
            assertThat(line.item().approvesMeetingId()).isEqualTo(march.id());
        });
    }

    @Test
    void approvingRecordsWhoAndWhenAndCannotBeDoneTwice() {
        Meeting march = plan("Rådsmøte mars", LocalDateTime.now(NorwegianTime.ZONE).minusDays(30));
        OrganisationFixture.done(meetings.markHeld(council.chair(), march.id()));
        Meeting april = plan("Rådsmøte april", LocalDateTime.now(NorwegianTime.ZONE).minusMinutes(30));
        long approvalItem = agenda(april).get(0).item().id();

        OrganisationFixture.done(meetings.approvePreviousMinutes(council.chair(), approvalItem));

        Meeting approved = meetings.load(march.id());
        assertThat(approved.minutesApproved()).isTrue();
        assertThat(approved.minutesApprovedBy()).isEqualTo(council.chair().displayName());
        assertThat(approved.minutesApprovedIn()).isEqualTo(april.id());
        assertThat(meetings.approvePreviousMinutes(council.chair(), approvalItem))
            .isEqualTo(Outcome.refused("approval", "approval.error.alreadyApproved"));
    }

    @Test
    void minutesOfAMeetingNotHeldCannotBeApprovedAndAFutureMeetingCannotApproveYet() {
        Meeting march = plan("Rådsmøte mars", LocalDateTime.now(NorwegianTime.ZONE).minusDays(30));
        Meeting april = plan("Rådsmøte april", LocalDateTime.now(NorwegianTime.ZONE).minusMinutes(30));
        Meeting may = plan("Rådsmøte mai", LocalDateTime.now(NorwegianTime.ZONE).plusDays(30));

        assertThat(meetings.approvePreviousMinutes(council.chair(), agenda(april).get(0).item().id()))
            .isEqualTo(Outcome.refused("approval", "approval.error.notHeld"));
        assertThat(agenda(may).get(0).item().approvesMeetingId()).isEqualTo(april.id());
        assertThat(meetings.approvePreviousMinutes(council.chair(), agenda(may).get(0).item().id()))
            .isEqualTo(Outcome.refused("approval", "minutes.error.meetingNotHeld"));
        assertThat(march.id()).isNotEqualTo(april.id());
    }

    @Test
    void theItemPageApprovesAndThePublishedMinutesSayWhoApprovedThem() throws Exception {
        Meeting march = plan("Rådsmøte mars", LocalDateTime.now(NorwegianTime.ZONE).minusDays(30));
        OrganisationFixture.done(meetings.markHeld(council.chair(), march.id()));
        OrganisationFixture.done(meetings.publish(council.chair(), march.id()));
        Meeting april = plan("Rådsmøte april", LocalDateTime.now(NorwegianTime.ZONE).minusMinutes(30));
        long approvalItem = agenda(april).get(0).item().id();

        mvc.perform(get("/moter/" + april.id() + "/punkter/" + approvalItem).with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Marker referatet som godkjent")));
        mvc.perform(post("/moter/" + april.id() + "/punkter/" + approvalItem + "/godkjenn")
            .with(user(council.chair())).with(csrf()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/moter/" + march.id() + "/referat").with(user(council.employee())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Referatet ble godkjent")))
            .andExpect(content().string(Matchers.containsString(council.chair().displayName())));
    }

    @Test
    void minutesCanBeWrittenFiveMinutesIntoANineOClockMeetingInWinter() throws Exception {
        Meeting meeting = OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), "Rådsmøte januar",
                LocalDateTime.parse("2027-01-19T09:00"), LocalDateTime.parse("2027-01-19T11:00"), "Møterom"));
        AgendaItem item = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), meeting.id(), null,
                "Rutine for innkalling", 20));

        clock.setInstant(Instant.parse("2027-01-19T07:55:00Z"));
        assertThat(meetings.writeMinutes(council.chair(), item.id(), item.version(), "For tidlig", null, null))
            .as("08:55 in Oslo, before the meeting").isInstanceOf(Outcome.Refused.class);

        clock.setInstant(Instant.parse("2027-01-19T08:05:00Z"));
        assertThat(meetings.writeMinutes(council.chair(), item.id(), item.version(), "Drøftet", null, null))
            .as("09:05 in Oslo").isInstanceOf(Outcome.Done.class);

        String page = mvc.perform(get("/moter/" + meeting.id()).with(user(council.chair())))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(page).contains("19.01.2027 kl. 09.00–11.00");
    }

}
