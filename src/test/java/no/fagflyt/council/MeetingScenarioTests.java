package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.cases.CaseStatus;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.council.cases.CouncilCases;
import no.fagflyt.council.meeting.AgendaItem;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Outcome;
import no.fagflyt.support.ICalendarParser;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MeetingScenarioTests {

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilMeetings meetings;

    @Autowired
    CouncilCases cases;

    @Autowired
    MockMvc mvc;

    Council council;

    Meeting started;

    @BeforeEach
    void council() {
        council = fixture.council();
        started = OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), "Rådsmøte mars",
                LocalDateTime.now(NorwegianTime.ZONE).minusMinutes(30), LocalDateTime.now(NorwegianTime.ZONE).plusMinutes(60), "Tønsberg, møterom 2"));
    }

    @Test
    void aCaseOnTheAgendaIsDecidedAndFollowedUpWhenTheMeetingIsHeld() {
        CouncilCase submitted = fixture.submit(council, council.employee(), "Henvisninger uten ansiennitet", false);
        AgendaItem item = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), started.id(),
                submitted.id(), null, 20));
        assertThat(item.title()).contains(submitted.number());
        assertThat(cases.load(submitted.id()).status()).isEqualTo(CaseStatus.SATT_PA_SAKSLISTE);

        OrganisationFixture.done(meetings.writeMinutes(council.chair(), item.id(), item.version(), "Drøftet praksis",
                "Rådet anbefaler felles rutine", "Rutinen innføres i alle klinikker"));
        OrganisationFixture.done(meetings.addAction(council.chair(), item.id(), "Skrive rutine",
                council.chairPerson().id(), LocalDate.now(NorwegianTime.ZONE).plusWeeks(3)));
        OrganisationFixture.done(meetings.markHeld(council.chair(), started.id()));

        assertThat(cases.load(submitted.id()).status()).isEqualTo(CaseStatus.TIL_OPPFOLGING);
        assertThat(meetings.agenda(council.chair(), meetings.load(started.id())).get(0).actions())
            .singleElement()
            .satisfies(action -> assertThat(action.ownerName()).isEqualTo("Randi Rådsleder"));
    }

    @Test
    void aClosedCaseCannotBePutOnTheAgenda() {
        CouncilCase submitted = fixture.submit(council, council.employee(), "Avvist sak", false);
        cases.reject(council.chair(), submitted.id(), submitted.version(), "Ikke rådets ansvar");
        Outcome<AgendaItem> outcome = meetings.addAgendaItem(council.chair(), started.id(), submitted.id(), null, 10);
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("agenda.error.caseClosed"));
    }

    @Test
    void minutesCannotBeWrittenForAMeetingThatHasNotStarted() {
        Meeting future = OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), "Neste møte",
                LocalDateTime.now(NorwegianTime.ZONE).plusDays(10), LocalDateTime.now(NorwegianTime.ZONE).plusDays(10).plusHours(2), "Larvik"));
        AgendaItem item = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), future.id(), null,
                "Orienteringer", 10));
        assertThat(meetings.writeMinutes(council.chair(), item.id(), item.version(), "Tekst", null, null))
            .isInstanceOfSatisfying(Outcome.Refused.class,
                    refused -> assertThat(refused.messageKey()).isEqualTo("minutes.error.meetingNotHeld"));
        assertThat(meetings.markHeld(council.chair(), future.id())).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void anActionWithoutOwnerIsRefused() {
        AgendaItem item = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), started.id(), null,
                "Eventuelt", 5));
        assertThat(meetings.addAction(council.chair(), item.id(), "Følge opp", null, LocalDate.now(NorwegianTime.ZONE)))
            .isInstanceOfSatisfying(Outcome.Refused.class,
                    refused -> assertThat(refused.field()).isEqualTo("ownerPersonId"));
    }

    @Test
    void twoPeopleSavingTheSameMinutesGetAConflictInsteadOfOverwriting() {
        AgendaItem item = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), started.id(), null,
                "Indikatorer", 15));
        OrganisationFixture.done(meetings.writeMinutes(council.chair(), item.id(), item.version(), "Først inne", null,
                null));
        assertThat(meetings.writeMinutes(council.chair(), item.id(), item.version(), "Kom for sent", null, null))
            .isInstanceOfSatisfying(Outcome.Refused.class,
                    refused -> assertThat(refused.messageKey()).isEqualTo("minutes.error.conflict"));
    }

    @Test
    void theConflictIsShownOnTheMinutesPageWithTheSavedText() throws Exception {
        AgendaItem item = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), started.id(), null,
                "Ventelister", 15));
        OrganisationFixture.done(meetings.writeMinutes(council.chair(), item.id(), item.version(), "Lagret først", null,
                null));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .post("/moter/" + started.id() + "/punkter/" + item.id() + "/referat")
            .param("version", String.valueOf(item.version()))
            .param("discussion", "Min versjon")
            .with(user(council.chair()))
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.allOf(Matchers.containsString("Noen andre har lagret referatet"),
                        Matchers.containsString("Lagret først"))));
    }

    @Test
    void publishingNeedsAHeldMeetingAndAttendanceIsRecorded() {
        assertThat(meetings.publish(council.chair(), started.id())).isInstanceOf(Outcome.Refused.class);
        long memberId = meetings.attendance(started).get(0).member().id();
        meetings.recordAttendance(council.chair(), started.id(), Set.of(memberId));
        assertThat(meetings.attendance(meetings.load(started.id()))).singleElement()
            .satisfies(line -> assertThat(line.present()).isTrue());
        OrganisationFixture.done(meetings.markHeld(council.chair(), started.id()));
        OrganisationFixture.done(meetings.publish(council.chair(), started.id()));
    }

    @Test
    void theInvitationIsAnICalendarFileWithCrlfAndEscapedText() throws Exception {
        byte[] body = mvc.perform(get("/moter/" + started.id() + "/innkalling.ics").with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", Matchers.startsWith("text/calendar")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        String ics = new String(body, StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
            .contains("SUMMARY:Rådsmøte mars\r\n", "LOCATION:Tønsberg\\, møterom 2\r\n", "DTSTART:");
        // the strict reader fails on bare line feeds and lines over 75 octets
        var invitation = ICalendarParser.parse(body).event("council-meeting-" + started.id() + "@fagflyt");
        assertThat(invitation.text("LOCATION")).isEqualTo("Tønsberg, møterom 2");
        assertThat(invitation.text("DESCRIPTION")).contains(council.body().name(), "Saksliste:");
    }

}
