package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.council.schedule.CouncilSchedules;
import no.fagflyt.council.schedule.CouncilSchedules.Preview;
import no.fagflyt.council.schedule.CouncilSchedules.PreviewLine;
import no.fagflyt.council.schedule.Frequency;
import no.fagflyt.council.schedule.HolidayRule;
import no.fagflyt.council.schedule.MeetingSchedule;
import no.fagflyt.council.schedule.ScheduleRule.Reason;
import no.fagflyt.council.schedule.WeekOrdinal;
import no.fagflyt.council.schedule.Weekday;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Outcome;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A body's recurring schedule: the third Tuesday of every month in 2033, when 17 May is such a Tuesday.
 * Preview, confirm in one go, no duplicates on a second run, bad input refused with nothing saved, and who may.
 */
@IntegrationTest
class MeetingScheduleTests {

    private static final LocalDate FROM = LocalDate.of(2033, 1, 1);

    private static final LocalDate TO = LocalDate.of(2033, 12, 31);

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilSchedules schedules;

    @Autowired
    CouncilMeetings meetings;

    @Autowired
    MockMvc mvc;

    Council council;

    long bodyId;

    @BeforeEach
    void council() {
        council = fixture.council();
        bodyId = council.body().id();
    }

    private MeetingSchedule thirdTuesday(HolidayRule holidays) {
        return OrganisationFixture.done(schedules.save(council.chair(), bodyId, null, new CouncilSchedules.Draft(
                "Rådsmøte", "Møterom Tønsberg 1", Frequency.MANEDLIG, List.of(), WeekOrdinal.TREDJE, Weekday.TIRSDAG,
                LocalTime.of(9, 0), LocalTime.of(11, 0), true, holidays)));
    }

    private Preview preview() {
        return OrganisationFixture.done(schedules.preview(council.chair(), bodyId, FROM, TO));
    }

    private List<Meeting> bodyMeetings() {
        return meetings.meetingsOf(council.chair(), council.body());
    }

    @Test
    void thePreviewMovesSeventeenthOfMayAndSkipsJuly() {
        thirdTuesday(HolidayRule.FLYTT);
        Preview preview = preview();
        assertThat(preview.lines()).hasSize(12);
        PreviewLine may = preview.lines().get(4);
        assertThat(may.reason()).isEqualTo(Reason.MOVED_HOLIDAY);
        assertThat(may.day()).isEqualTo(LocalDate.of(2033, 5, 18));
        assertThat(may.creates()).isTrue();
        assertThat(preview.lines().get(6).reason()).isEqualTo(Reason.SKIPPED_JULY);
        assertThat(preview.newMeetings()).isEqualTo(11);
    }

    @Test
    void skippingHolidaysLeavesMayOut() {
        thirdTuesday(HolidayRule.HOPP_OVER);
        Preview preview = preview();
        assertThat(preview.lines().get(4).reason()).isEqualTo(Reason.SKIPPED_HOLIDAY);
        assertThat(preview.newMeetings()).isEqualTo(10);
    }

    @Test
    void confirmingCreatesTheMeetingsOnceAndADayWithAMeetingIsLeftAlone() {
        MeetingSchedule schedule = thirdTuesday(HolidayRule.FLYTT);
        // The chair already planned March by hand, at another hour.
        OrganisationFixture.done(meetings.plan(council.chair(), bodyId, "Ekstra rådsmøte",
                LocalDateTime.of(2033, 3, 15, 13, 0), LocalDateTime.of(2033, 3, 15, 14, 0), "Larvik"));
        assertThat(preview().lines().get(2).exists()).isTrue();

        List<Meeting> created = OrganisationFixture.done(schedules.confirm(council.chair(), bodyId, schedule.version(),
                FROM, TO));
        assertThat(created).hasSize(10);
        assertThat(created).extracting(meeting -> meeting.startsAt().toLocalDate())
            .contains(LocalDate.of(2033, 1, 18), LocalDate.of(2033, 5, 18), LocalDate.of(2033, 12, 20))
            .doesNotContain(LocalDate.of(2033, 3, 15), LocalDate.of(2033, 5, 17), LocalDate.of(2033, 7, 19));
        assertThat(created).allSatisfy(meeting -> {
            assertThat(meeting.title()).isEqualTo("Rådsmøte");
            assertThat(meeting.location()).isEqualTo("Møterom Tønsberg 1");
            assertThat(meeting.startsAt().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(meeting.endsAt().toLocalTime()).isEqualTo(LocalTime.of(11, 0));
        });
        assertThat(bodyMeetings()).hasSize(11);

        assertThat(OrganisationFixture.done(schedules.confirm(council.chair(), bodyId, schedule.version(), FROM, TO)))
            .isEmpty();
        assertThat(bodyMeetings()).hasSize(11);
        assertThat(preview().newMeetings()).isZero();
    }

    @Test
    void thePreviewPageShowsWhatHappensToEachDateAndConfirmingTwiceCreatesNothingTwice() throws Exception {
        MeetingSchedule schedule = thirdTuesday(HolidayRule.FLYTT);
        OrganisationFixture.done(meetings.plan(council.chair(), bodyId, "Ekstra rådsmøte",
                LocalDateTime.of(2033, 3, 15, 13, 0), LocalDateTime.of(2033, 3, 15, 14, 0), "Larvik"));
        mvc.perform(get("/rad/" + bodyId + "/moteplan/forhandsvisning").with(user(council.chair()))
            .param("periodFrom", "01.01.2033").param("periodTo", "31.12.2033"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Flyttet fra 17.05 – helligdag (Grunnlovsdag)")))
            .andExpect(content().string(Matchers.containsString("Juli hoppet over")))
            .andExpect(content().string(Matchers.containsString("Finnes allerede")))
            .andExpect(content().string(Matchers.containsString("Onsdag 18.05.2033")))
            .andExpect(content().string(Matchers.containsString("Opprett 10 møter")));

        MockHttpServletRequestBuilder confirm = post("/rad/" + bodyId + "/moteplan/opprett").with(csrf())
            .param("periodFrom", "01.01.2033").param("periodTo", "31.12.2033")
            .param("version", String.valueOf(schedule.version()));
        mvc.perform(confirm.with(user(council.chair()))).andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/rad/" + bodyId + "#meetings"));
        assertThat(bodyMeetings()).hasSize(11);
        mvc.perform(confirm.with(user(council.chair()))).andExpect(status().is3xxRedirection());
        assertThat(bodyMeetings()).hasSize(11);

        mvc.perform(get("/rad/" + bodyId + "/moteplan/forhandsvisning").with(user(council.chair()))
            .param("periodFrom", "01.01.2033").param("periodTo", "31.12.2033"))
            .andExpect(content().string(Matchers.containsString("ingenting nytt å opprette")));
    }

    @Test
    void theRhythmIsSetOnTheFormAndShownOnTheBodyPage() throws Exception {
        mvc.perform(get("/rad/" + bodyId + "/moteplan").with(user(council.chair()))).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Ingen fast møteplan er satt.")));
        mvc.perform(post("/rad/" + bodyId + "/moteplan").with(user(council.chair())).with(csrf())
            .param("title", "Temamøte").param("frequency", "VALGTE_MANEDER").param("months", "3", "6", "9", "11")
            .param("weekOrdinal", "FORSTE").param("weekday", "TORSDAG").param("startTime", "12:00")
            .param("endTime", "15:00").param("location", "Auditoriet").param("skipJuly", "true")
            .param("_skipJuly", "on").param("holidayRule", "FLYTT").param("version", ""))
            .andExpect(status().is3xxRedirection());
        MeetingSchedule saved = schedules.schedule(bodyId).orElseThrow();
        assertThat(saved.rule().months()).hasSize(4);
        mvc.perform(get("/rad/" + bodyId).with(user(council.employee()))).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString(
                    "Møteplan: første torsdag i mars, juni, september og november kl. 12.00–15.00")));

        // Changed to monthly: the summary follows.
        thirdTuesdayAfter(saved);
        mvc.perform(get("/rad/" + bodyId).with(user(council.employee())))
            .andExpect(content().string(Matchers.containsString("Møteplan: tredje tirsdag hver måned kl. 09.00–11.00")))
            .andExpect(content().string(Matchers.containsString("Juli hoppes over.")));
    }

    private void thirdTuesdayAfter(MeetingSchedule previous) {
        OrganisationFixture.done(schedules.save(council.chair(), bodyId, previous.version(), new CouncilSchedules.Draft(
                "Rådsmøte", "Møterom Tønsberg 1", Frequency.MANEDLIG, List.of(), WeekOrdinal.TREDJE, Weekday.TIRSDAG,
                LocalTime.of(9, 0), LocalTime.of(11, 0), true, HolidayRule.FLYTT)));
    }

    @Test
    void badRhythmsAreRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        mvc.perform(saveForm(council.chair()).param("endTime", "08:00").param("weekOrdinal", "ANDRE")
            .param("frequency", "MANEDLIG"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("form", "endTime"))
            .andExpect(content().string(Matchers.containsString("Sluttiden må være etter starttiden.")));
        mvc.perform(saveForm(council.chair()).param("endTime", "11:00").param("weekOrdinal", "FEMTE")
            .param("frequency", "MANEDLIG"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("form", "weekOrdinal"))
            .andExpect(content().string(Matchers.containsString("Velg hvilken uke i måneden fra listen.")));
        mvc.perform(saveForm(council.chair()).param("endTime", "11:00").param("weekOrdinal", "ANDRE")
            .param("frequency", "VALGTE_MANEDER"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("form", "months"))
            .andExpect(content().string(Matchers.containsString("Velg minst én måned")));
        mvc.perform(saveForm(council.chair()).param("endTime", "11:00").param("weekOrdinal", "ANDRE")
            .param("frequency", "VALGTE_MANEDER").param("months", "3", "13"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("form", "months"))
            .andExpect(content().string(Matchers.containsString("Månedene må være mellom januar (1) og desember (12).")));
        assertThat(schedules.schedule(bodyId)).isEmpty();
    }

    private MockHttpServletRequestBuilder saveForm(CurrentUser who) {
        return post("/rad/" + bodyId + "/moteplan").with(user(who)).with(csrf())
            .param("title", "Rådsmøte").param("weekday", "TIRSDAG").param("startTime", "09:00")
            .param("location", "Møterom").param("holidayRule", "FLYTT").param("version", "");
    }

    @Test
    void aTooLongOrBackwardPeriodIsRefusedAndNothingIsCreated() throws Exception {
        MeetingSchedule schedule = thirdTuesday(HolidayRule.FLYTT);
        mvc.perform(get("/rad/" + bodyId + "/moteplan/forhandsvisning").with(user(council.chair()))
            .param("periodFrom", "01.01.2033").param("periodTo", "02.01.2035"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("periodForm", "periodTo"))
            .andExpect(model().attributeDoesNotExist("preview"))
            .andExpect(content().string(Matchers.containsString("Perioden kan være høyst 24 måneder.")));
        mvc.perform(post("/rad/" + bodyId + "/moteplan/opprett").with(user(council.chair())).with(csrf())
            .param("periodFrom", "01.01.2033").param("periodTo", "02.01.2035")
            .param("version", String.valueOf(schedule.version())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Perioden kan være høyst 24 måneder.")));
        assertThat(schedules.confirm(council.chair(), bodyId, schedule.version(), TO, FROM))
            .isInstanceOfSatisfying(Outcome.Refused.class,
                    refused -> assertThat(refused.messageKey()).isEqualTo("schedule.error.periodOrder"));
        assertThat(schedules.preview(council.chair(), bodyId, LocalDate.now(NorwegianTime.ZONE).minusDays(1), LocalDate.now(NorwegianTime.ZONE)))
            .isInstanceOfSatisfying(Outcome.Refused.class,
                    refused -> assertThat(refused.field()).isEqualTo("periodFrom"));
        mvc.perform(get("/rad/" + bodyId + "/moteplan/forhandsvisning").with(user(council.chair()))
            .param("periodFrom", "1. januar").param("periodTo", "31.12.2033"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Skriv fra-datoen som dd.mm.åååå.")));
        assertThat(bodyMeetings()).isEmpty();
    }

    @Test
    void aScheduleChangedSincePreviewIsNotConfirmedBlindly() {
        MeetingSchedule first = thirdTuesday(HolidayRule.FLYTT);
        thirdTuesdayAfter(first);
        assertThat(schedules.confirm(council.chair(), bodyId, first.version(), FROM, TO))
            .isInstanceOfSatisfying(Outcome.Refused.class,
                    refused -> assertThat(refused.messageKey()).isEqualTo("schedule.error.changed"));
        assertThat(bodyMeetings()).isEmpty();
    }

    @Test
    void onlyThoseWhoMayPlanMeetingsMaySetOrConfirmTheSchedule() throws Exception {
        MeetingSchedule schedule = thirdTuesday(HolidayRule.FLYTT);
        for (CurrentUser stranger : List.of(council.employee(), council.outsider())) {
            mvc.perform(get("/rad/" + bodyId + "/moteplan").with(user(stranger))).andExpect(status().isForbidden());
            mvc.perform(get("/rad/" + bodyId + "/moteplan/forhandsvisning").with(user(stranger))
                .param("periodFrom", "01.01.2033").param("periodTo", "31.12.2033")).andExpect(status().isForbidden());
            mvc.perform(saveForm(stranger).param("endTime", "11:00").param("weekOrdinal", "FORSTE")
                .param("frequency", "MANEDLIG"))
                .andExpect(status().isForbidden());
            mvc.perform(post("/rad/" + bodyId + "/moteplan/opprett").with(user(stranger)).with(csrf())
                .param("periodFrom", "01.01.2033").param("periodTo", "31.12.2033")
                .param("version", String.valueOf(schedule.version()))).andExpect(status().isForbidden());
            assertThatThrownBy(() -> schedules.confirm(stranger, bodyId, schedule.version(), FROM, TO))
                .isInstanceOf(AccessDeniedProblem.class);
        }
        mvc.perform(get("/rad/" + bodyId + "/moteplan")).andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/rad/" + bodyId + "/moteplan/opprett").with(csrf())
            .param("periodFrom", "01.01.2033").param("periodTo", "31.12.2033")
            .param("version", String.valueOf(schedule.version())))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/login"));
        assertThat(bodyMeetings()).isEmpty();
        assertThat(schedules.schedule(bodyId).orElseThrow().rule().ordinal()).isEqualTo(WeekOrdinal.TREDJE);
        // The body page offers the schedule to those who may use it only.
        mvc.perform(get("/rad/" + bodyId).with(user(council.employee())))
            .andExpect(content().string(Matchers.not(Matchers.containsString("/moteplan\""))));
        mvc.perform(get("/rad/" + bodyId).with(user(council.chair())))
            .andExpect(content().string(Matchers.containsString("/rad/" + bodyId + "/moteplan\"")));
    }

}
