package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.council.meeting.ActionItem;
import no.fagflyt.council.meeting.AgendaItem;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.platform.CalendarFeeds;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.support.ICalendarParser;
import no.fagflyt.support.ICalendarParser.Component;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The council's part of the personal calendar feed: each owner's open actions on their due dates and the
 * meetings of the bodies they sit in, with reminders, and nothing of a confidential case.
 */
@IntegrationTest
class CouncilCalendarFeedTests {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilMeetings meetings;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Council council;

    CouncilCase secret;

    ActionItem employeesAction;

    ActionItem secondsAction;

    Meeting next;

    @BeforeEach
    void councilWithActionsAndMeetings() {
        council = fixture.council();
        Meeting started = OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), "Rådsmøte mai",
                LocalDateTime.now(NorwegianTime.ZONE).minusMinutes(30), LocalDateTime.now(NorwegianTime.ZONE).plusMinutes(60), "Møterom 1"));
        secret = fixture.submit(council, council.chair(), "Klage fra pasient Hemmelig-Hansen", true);
        AgendaItem confidential = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), started.id(),
                secret.id(), null, 15));
        AgendaItem open = OrganisationFixture.done(meetings.addAgendaItem(council.chair(), started.id(), null,
                "Rutiner for innkalling", 15));
        employeesAction = OrganisationFixture.done(meetings.addAction(council.chair(), confidential.id(),
                "Ringe tilbake; avklare videre gang", council.employeePerson().id(), LocalDate.now(NorwegianTime.ZONE).plusDays(5)));
        secondsAction = OrganisationFixture.done(meetings.addAction(council.chair(), open.id(), "Oppdatere malen",
                jdbc.sql("select person_id from account where id = :a")
                    .param("a", council.secondEmployee().accountId())
                    .query(Long.class)
                    .single(),
                LocalDate.now(NorwegianTime.ZONE).plusDays(7)));
        next = OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), "Rådsmøte juni",
                LocalDate.now(NorwegianTime.ZONE).plusDays(14).atTime(9, 0), LocalDate.now(NorwegianTime.ZONE).plusDays(14).atTime(11, 30),
                "Tønsberg, møterom 2"));
        OrganisationFixture.done(meetings.addAgendaItem(council.chair(), next.id(), secret.id(), null, 10));
    }

    @Test
    void theOwnerGetsTheActionOnItsDueDateWithAReminderAndNoCaseTitle() throws Exception {
        String ics = feedOf(council.employee());
        Component calendar = ICalendarParser.parse(ics.getBytes(StandardCharsets.UTF_8));

        Component action = calendar.event("council-action-" + employeesAction.id() + "@fagflyt");
        assertThat(action.value("DTSTART")).isEqualTo(DATE.format(LocalDate.now(NorwegianTime.ZONE).plusDays(5)));
        assertThat(action.property("DTSTART").orElseThrow().parameters()).containsEntry("VALUE", "DATE");
        assertThat(action.value("DTEND")).isEqualTo(DATE.format(LocalDate.now(NorwegianTime.ZONE).plusDays(6)));
        assertThat(action.text("SUMMARY")).isEqualTo("Frist: Ringe tilbake; avklare videre gang");
        assertThat(action.value("SUMMARY")).isEqualTo("Frist: Ringe tilbake\\; avklare videre gang");
        assertThat(action.text("DESCRIPTION")).contains(council.body().shortName(), "sak " + secret.number(),
                "/oppfolging#tiltak-" + employeesAction.id());
        assertThat(action.value("URL")).isEqualTo("http://localhost/oppfolging#tiltak-" + employeesAction.id());
        assertThat(action.children("VALARM")).singleElement().satisfies(alarm -> {
            assertThat(alarm.value("ACTION")).isEqualTo("DISPLAY");
            assertThat(alarm.value("TRIGGER")).isEqualTo("-PT15H");
        });

        // not a member, so no meetings; not the owner of the other action; no trace of the confidential title
        assertThat(calendar.events()).extracting(event -> event.value("UID"))
            .containsExactly("council-action-" + employeesAction.id() + "@fagflyt");
        assertThat(ics).doesNotContain("Hemmelig");
    }

    @Test
    void aMemberGetsTheBodysMeetingsInUtcWithReminderAndLinkButNoAgendaTitles() throws Exception {
        String ics = feedOf(council.chair());
        Component calendar = ICalendarParser.parse(ics.getBytes(StandardCharsets.UTF_8));

        Component meeting = calendar.event("council-meeting-" + next.id() + "@fagflyt");
        assertThat(meeting.value("DTSTART")).isEqualTo(utc(next.startsAt()));
        assertThat(meeting.value("DTEND")).isEqualTo(utc(next.endsAt()));
        assertThat(meeting.text("SUMMARY")).isEqualTo("Rådsmøte juni");
        assertThat(meeting.text("LOCATION")).isEqualTo("Tønsberg, møterom 2");
        assertThat(meeting.text("DESCRIPTION")).contains(council.body().name(), "http://localhost/moter/" + next.id());
        assertThat(meeting.children("VALARM")).singleElement()
            .satisfies(alarm -> assertThat(alarm.value("TRIGGER")).isEqualTo("-PT1H"));
        assertThat(calendar.events()).extracting(event -> event.value("UID"))
            .doesNotContain("council-action-" + employeesAction.id() + "@fagflyt",
                    "council-action-" + secondsAction.id() + "@fagflyt");
        assertThat(ics).doesNotContain("Hemmelig");
    }

    @Test
    void doneActionsLeaveAndCancelledMeetingsAreMarkedSoClientsDropThem() throws Exception {
        meetings.completeAction(council.chair(), employeesAction.id());
        jdbc.sql("update council_meeting set status = 'AVLYST' where id = :id").param("id", next.id()).update();

        assertThat(ICalendarParser.parse(feedOf(council.employee()).getBytes(StandardCharsets.UTF_8)).events())
            .isEmpty();
        Component cancelled = ICalendarParser.parse(feedOf(council.chair()).getBytes(StandardCharsets.UTF_8))
            .event("council-meeting-" + next.id() + "@fagflyt");
        assertThat(cancelled.value("STATUS")).isEqualTo("CANCELLED");
        assertThat(cancelled.children("VALARM")).isEmpty();
    }

    @Test
    void eachTokenGivesOnlyItsOwnersActions() throws Exception {
        String second = feedOf(council.secondEmployee());

        assertThat(ICalendarParser.parse(second.getBytes(StandardCharsets.UTF_8)).events())
            .extracting(event -> event.value("UID"))
            .containsExactly("council-action-" + secondsAction.id() + "@fagflyt");
        assertThat(second).doesNotContain("Ringe tilbake");
    }

    private String feedOf(CurrentUser user) throws Exception {
        String token = feeds.enable(user);
        return mvc.perform(get("/kalender/" + token + ".ics"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String utc(LocalDateTime oslo) {
        return UTC.format(oslo.atZone(NorwegianTime.ZONE).withZoneSameInstant(ZoneOffset.UTC));
    }

}
