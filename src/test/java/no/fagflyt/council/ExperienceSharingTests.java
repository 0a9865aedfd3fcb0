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

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.body.MemberRole;
import no.fagflyt.council.body.Seat;
import no.fagflyt.council.experience.CouncilExperience;
import no.fagflyt.council.experience.CouncilExperience.NoteDraft;
import no.fagflyt.council.meeting.AgendaItem;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.council.search.CouncilSearch;
import no.fagflyt.council.search.DocumentType;
import no.fagflyt.council.search.SearchHit;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Outcome;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A local group notes situations, keeps a topic bank, takes turns being responsible and picks notes into a meeting. */
@IntegrationTest
class ExperienceSharingTests {

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilBodies bodies;

    @Autowired
    CouncilExperience experience;

    @Autowired
    CouncilMeetings meetings;

    @Autowired
    CouncilSearch search;

    @Autowired
    MockMvc mvc;

    Council council;

    @BeforeEach
    void groupWithTwoMembers() {
        council = fixture.council();
        OrganisationFixture.done(bodies.addMember(CouncilFixture.ADMIN, council.body().id(),
                council.employeePerson().id(), council.clinicA().id(), MemberRole.MEDLEM, Seat.KLINIKK,
                LocalDate.now(NorwegianTime.ZONE).minusDays(1), null));
    }

    private long note(String title, String happened) {
        return OrganisationFixture.done(experience.addNote(council.employee(), council.body().id(),
                new NoteDraft(LocalDate.now(NorwegianTime.ZONE).minusDays(2), title, happened, "Jeg ringte avdelingen og avklarte.",
                        "Rask avklaring fordi jeg kjente sekretæren der.", null)));
    }

    private Meeting meeting(LocalDateTime start) {
        return OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), "Fagmøte", start,
                start.plusMinutes(45), "Pauserommet"));
    }

    @Test
    void aNoteIsFoundBySearchingButOnlyByTheGroupsMembers() {
        note("Feil i innkallingen", "Pasienten fikk innkallinger til to ulike datoer.");

        assertThat(search.search(council.chair(), new CouncilSearch.Query("innkalling", council.body().id(), null,
                null, null)).hits()).extracting(SearchHit::type).containsExactly(DocumentType.NOTAT);
        assertThat(search.search(council.secondEmployee(), new CouncilSearch.Query("innkalling", council.body().id(),
                null, null, null)).hits()).isEmpty();
    }

    @Test
    void theResponsibilityRotatesThroughTheMembersAndStartsOver() {
        Meeting first = meeting(LocalDateTime.now(NorwegianTime.ZONE).plusDays(1));
        assertThat(experience.suggestedResponsible(council.body().id()).personId())
            .isEqualTo(council.chairPerson().id());
        OrganisationFixture.done(experience.setResponsible(council.chair(), first.id(), council.chairPerson().id()));

        Meeting second = meeting(LocalDateTime.now(NorwegianTime.ZONE).plusDays(15));
        assertThat(experience.suggestedResponsible(council.body().id()).personId())
            .isEqualTo(council.employeePerson().id());
        OrganisationFixture.done(experience.setResponsible(council.chair(), second.id(),
                council.employeePerson().id()));

        assertThat(experience.suggestedResponsible(council.body().id()).personId())
            .isEqualTo(council.chairPerson().id());
        assertThat(experience.setResponsible(council.chair(), second.id(), 987654321L))
            .isEqualTo(Outcome.refused("personId", "experience.error.responsibleNotMember"));
    }

    @Test
    void aNoteAndATopicArePickedIntoTheAgendaOnce() {
        long noteId = note("Vanskelig telefon", "En pårørende var sint.");
        OrganisationFixture.done(experience.addTopic(council.chair(), council.body().id(), "Nye rutiner i DIPS Arena",
                null));
        long topicId = experience.topics(council.chair(), council.body().id()).get(0).id();
        Meeting meeting = meeting(LocalDateTime.now(NorwegianTime.ZONE).plusDays(1));

        AgendaItem fromNote = OrganisationFixture.done(experience.takeNoteIntoAgenda(council.chair(), meeting.id(),
                noteId));
        AgendaItem fromTopic = OrganisationFixture.done(experience.takeTopicIntoAgenda(council.chair(), meeting.id(),
                topicId));

        assertThat(fromNote.title()).isEqualTo("Erfaringsdeling: Vanskelig telefon");
        assertThat(fromTopic.title()).isEqualTo("Tema: Nye rutiner i DIPS Arena");
        assertThat(experience.takeNoteIntoAgenda(council.chair(), meeting.id(), noteId))
            .isEqualTo(Outcome.refused("noteId", "experience.error.alreadyUsed"));
        assertThat(experience.unusedNotes(council.chair(), council.body().id())).isEmpty();
        assertThat(experience.notes(council.chair(), council.body().id()).get(0).meetingId()).isEqualTo(meeting.id());
    }

    @Test
    void thePagesWorkForMembersAndAreClosedToOthers() throws Exception {
        note("Sentralbordet", "Mange samtaler samtidig.");
        Meeting meeting = meeting(LocalDateTime.now(NorwegianTime.ZONE).plusDays(1));
        String page = "/rad/" + council.body().id() + "/erfaringer";

        mvc.perform(get(page).with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Mange samtaler samtidig.")))
            .andExpect(content().string(Matchers.containsString("Neste ansvarlig etter tur")));
        mvc.perform(get(page).with(user(council.secondEmployee()))).andExpect(status().isForbidden());
        mvc.perform(post(page).param("occurredOn", "01.01.2026").param("title", "Uten innhold")
            .param("whatHappened", "").param("whatWeDid", "x").with(user(council.chair())).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Skriv hva som skjedde.")));
        mvc.perform(get("/moter/" + meeting.id()).with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Legg notatet på sakslisten")))
            .andExpect(content().string(Matchers.containsString("Ansvarlig for møtet")));
        mvc.perform(post("/moter/" + meeting.id() + "/saksliste/erfaring").with(user(council.chair())).with(csrf()))
            .andExpect(status().is3xxRedirection());
    }

}
