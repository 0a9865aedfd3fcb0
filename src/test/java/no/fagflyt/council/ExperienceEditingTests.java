package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.body.MemberRole;
import no.fagflyt.council.body.Seat;
import no.fagflyt.council.experience.CouncilExperience;
import no.fagflyt.council.experience.CouncilExperience.NoteDraft;
import no.fagflyt.council.experience.ExperienceNote;
import no.fagflyt.council.meeting.CouncilMeetings;
import no.fagflyt.council.meeting.Meeting;
import no.fagflyt.council.search.CouncilSearch;
import no.fagflyt.council.search.SearchHit;
import no.fagflyt.organisation.internal.Person;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.Role;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Notes and topics are edited and deleted by their author, the group's leader or secretary, or the
 * administrator; two editors at once are told, and what a meeting took up is not deleted.
 */
@IntegrationTest
class ExperienceEditingTests {

    @Autowired
    CouncilFixture fixture;

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CouncilBodies bodies;

    @Autowired
    CouncilExperience experience;

    @Autowired
    CouncilMeetings meetings;

    @Autowired
    CouncilSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    Council council;

    /** A member who neither leads nor keeps the minutes. */
    CurrentUser otherMember;

    CurrentUser secretary;

    @BeforeEach
    void groupWithAuthorSecretaryAndAnotherMember() {
        council = fixture.council();
        seat(council.employeePerson(), MemberRole.MEDLEM);
        Person other = organisations.person(council.clinicB(), "Mona", "Medlem");
        seat(other, MemberRole.MEDLEM);
        otherMember = OrganisationFixture.userOf(organisations.account(other, Role.MEDARBEIDER, null));
        Person keeper = organisations.person(council.clinicB(), "Sara", "Sekretær");
        seat(keeper, MemberRole.SEKRETAER);
        secretary = OrganisationFixture.userOf(organisations.account(keeper, Role.MEDARBEIDER, null));
    }

    private void seat(Person person, MemberRole role) {
        OrganisationFixture.done(bodies.addMember(CouncilFixture.ADMIN, council.body().id(), person.id(),
                council.clinicB().id(), role, Seat.KLINIKK, LocalDate.now(NorwegianTime.ZONE).minusDays(1), null));
    }

    /** The employee's note. */
    private long note(String title, String happened) {
        return OrganisationFixture.done(experience.addNote(council.employee(), council.body().id(),
                new NoteDraft(LocalDate.now(NorwegianTime.ZONE).minusDays(2), title, happened, "Vi ringte tilbake.", null, null)));
    }

    private long topic(String title) {
        OrganisationFixture.done(experience.addTopic(council.employee(), council.body().id(), title, null));
        return experience.topics(council.chair(), council.body().id())
            .stream()
            .filter(topic -> topic.title().equals(title))
            .findFirst()
            .orElseThrow()
            .id();
    }

    private List<SearchHit> found(String text) {
        return search.search(council.chair(), new CouncilSearch.Query(text, council.body().id(), null, null, null))
            .hits();
    }

    private static String daysAgo(int days) {
        return LocalDate.now(NorwegianTime.ZONE).minusDays(days).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    private MockHttpServletRequestBuilder editNote(long noteId, CurrentUser who, String occurredOn, String title,
            String happened, int version) {
        return post("/erfaringer/" + noteId + "/endre").with(user(who)).with(csrf())
            .param("occurredOn", occurredOn)
            .param("title", title)
            .param("whatHappened", happened)
            .param("whatWeDid", "Vi ringte tilbake.")
            .param("version", String.valueOf(version));
    }

    @Test
    void theAuthorEditsTheirNoteAndTheSearchFollows() throws Exception {
        long noteId = note("Faks fra fastlege", "Henvisningen kom på faks til feil avdeling.");
        assertThat(found("faks")).hasSize(1);

        mvc.perform(editNote(noteId, council.employee(), daysAgo(10), "Brev fra fastlege",
                "Henvisningen kom i posten til kirurgen.", 0))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/rad/" + council.body().id() + "/erfaringer#notat-" + noteId));

        ExperienceNote edited = experience.note(council.employee(), noteId);
        assertThat(edited.title()).isEqualTo("Brev fra fastlege");
        assertThat(edited.occurredOn()).isEqualTo(LocalDate.now(NorwegianTime.ZONE).minusDays(10));
        assertThat(edited.version()).isEqualTo(1);
        assertThat(found("faks")).isEmpty();
        assertThat(found("posten")).extracting(SearchHit::url).containsExactly(
                "/rad/" + council.body().id() + "/erfaringer#notat-" + noteId);
    }

    @Test
    void theLeaderTheSecretaryAndTheAdministratorMayChangeAnyonesButAnotherMemberMayNot() throws Exception {
        long noteId = note("Timebok full", "Ingen ledige timer i mai.");
        long topicId = topic("Ventelister");
        List<String> pages = List.of("/erfaringer/" + noteId + "/endre", "/temaer/" + topicId + "/endre");

        for (CurrentUser allowed : List.of(council.employee(), council.chair(), secretary, CouncilFixture.ADMIN)) {
            for (String page : pages) {
                mvc.perform(get(page).with(user(allowed))).andExpect(status().isOk());
            }
        }
        for (CurrentUser refused : List.of(otherMember, council.secondEmployee(), council.outsider())) {
            for (String page : pages) {
                mvc.perform(get(page).with(user(refused))).andExpect(status().isForbidden());
            }
            mvc.perform(editNote(noteId, refused, daysAgo(1), "Kapret", "Kapret", 0)).andExpect(status().isForbidden());
            mvc.perform(post("/erfaringer/" + noteId + "/slett").with(user(refused)).with(csrf()))
                .andExpect(status().isForbidden());
            mvc.perform(post("/temaer/" + topicId + "/endre").with(user(refused)).with(csrf())
                .param("topicTitle", "Kapret").param("version", "0")).andExpect(status().isForbidden());
            mvc.perform(post("/temaer/" + topicId + "/slett").with(user(refused)).with(csrf()))
                .andExpect(status().isForbidden());
        }
        mvc.perform(get(pages.get(0))).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));

        assertThat(experience.note(council.chair(), noteId).title()).isEqualTo("Timebok full");
        assertThat(experience.topic(council.chair(), topicId).title()).isEqualTo("Ventelister");
        mvc.perform(get("/rad/" + council.body().id() + "/erfaringer").with(user(otherMember)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.not(Matchers.containsString("/erfaringer/" + noteId + "/endre"))));
        mvc.perform(get("/rad/" + council.body().id() + "/erfaringer").with(user(council.employee())))
            .andExpect(content().string(Matchers.containsString("/erfaringer/" + noteId + "/endre")))
            .andExpect(content().string(Matchers.containsString("/temaer/" + topicId + "/endre")));
    }

    @Test
    void twoEditingTheSameNoteAtOnceDoNotOverwriteEachOther() throws Exception {
        long noteId = note("Sentralbordet", "Mange samtaler samtidig.");
        int opened = experience.note(council.employee(), noteId).version();

        mvc.perform(editNote(noteId, council.chair(), daysAgo(1), "Sentralbordet i ferien", "Lederens tekst.", opened))
            .andExpect(status().is3xxRedirection());
        mvc.perform(editNote(noteId, council.employee(), daysAgo(1), "Sentralbordet om morgenen", "Forfatterens tekst.", opened))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Noen andre har lagret en endring mens du skrev.")))
            .andExpect(content().string(Matchers.containsString("Lederens tekst.")))
            .andExpect(content().string(Matchers.containsString("Forfatterens tekst.")))
            .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"" + (opened + 1) + "\"")));

        assertThat(experience.note(council.employee(), noteId).whatHappened()).isEqualTo("Lederens tekst.");
        assertThat(experience.editTopic(council.employee(), topic("Purringer"), 7, "Nytt", null))
            .isEqualTo(Outcome.refused("", CouncilExperience.CONFLICT));
    }

    @Test
    void whatAMeetingTookUpIsNotDeletedButMayBeEdited() throws Exception {
        long noteId = note("Feil i DIPS", "Timen forsvant.");
        long topicId = topic("Nye koder");
        Meeting meeting = OrganisationFixture.done(meetings.plan(council.chair(), council.body().id(), "Fagmøte",
                LocalDateTime.now(NorwegianTime.ZONE).plusDays(1), LocalDateTime.now(NorwegianTime.ZONE).plusDays(1).plusHours(1), "Rom 1"));
        OrganisationFixture.done(experience.takeNoteIntoAgenda(council.chair(), meeting.id(), noteId));
        OrganisationFixture.done(experience.takeTopicIntoAgenda(council.chair(), meeting.id(), topicId));

        assertThat(experience.deleteNote(council.employee(), noteId))
            .isEqualTo(Outcome.refused("", CouncilExperience.ON_AGENDA));
        assertThat(experience.deleteTopic(council.chair(), topicId))
            .isEqualTo(Outcome.refused("", CouncilExperience.ON_AGENDA));
        mvc.perform(post("/erfaringer/" + noteId + "/slett").with(user(council.employee())).with(csrf()))
            .andExpect(redirectedUrl("/erfaringer/" + noteId + "/endre"))
            .andExpect(flash().attribute("problem", CouncilExperience.ON_AGENDA));
        mvc.perform(get("/erfaringer/" + noteId + "/endre").with(user(council.employee()))
            .flashAttr("problem", CouncilExperience.ON_AGENDA))
            .andExpect(content().string(Matchers.containsString("er tatt opp på sakslisten til et møte og kan ikke slettes")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("/slett"))));

        OrganisationFixture.done(experience.editNote(council.employee(), noteId, 0, new NoteDraft(
                LocalDate.now(NorwegianTime.ZONE).minusDays(2), "Feil i DIPS Arena", "Timen forsvant.", "Meldte avvik.", null, null)));
        assertThat(experience.notes(council.chair(), council.body().id())).extracting(ExperienceNote::title)
            .containsExactly("Feil i DIPS Arena");
    }

    @Test
    void aDeletedNoteIsGoneFromTheSearchIndex() throws Exception {
        long noteId = note("Pasientreiser", "Rekvisisjonen til pasientreiser manglet.");
        assertThat(found("rekvisisjon")).hasSize(1);

        mvc.perform(post("/erfaringer/" + noteId + "/slett").with(user(council.chair())).with(csrf()))
            .andExpect(redirectedUrl("/rad/" + council.body().id() + "/erfaringer"))
            .andExpect(flash().attributeExists("flash"));

        assertThat(found("rekvisisjon")).isEmpty();
        assertThat(jdbc.sql("select count(*) from council_search_term where document_type = 'NOTAT' and document_id = :id")
            .param("id", noteId).query(Long.class).single()).isZero();
        assertThat(experience.notes(council.chair(), council.body().id())).isEmpty();
        mvc.perform(get("/erfaringer/" + noteId + "/endre").with(user(council.chair())))
            .andExpect(status().isNotFound());

        long topicId = topic("Kodeverk");
        OrganisationFixture.done(experience.deleteTopic(council.employee(), topicId));
        assertThat(experience.topics(council.chair(), council.body().id())).isEmpty();
    }

    @Test
    void creatingEditingAndDeletingNotesAndTopicsIsAuditLogged() {
        long noteId = note("Telefonkø", "Køen var lang.");
        OrganisationFixture.done(experience.editNote(secretary, noteId, 0, new NoteDraft(LocalDate.now().minusDays(2),
                "Telefonkø i ferien", "Køen var lang.", "Vi ringte tilbake.", null, null)));
        OrganisationFixture.done(experience.deleteNote(council.chair(), noteId));
        long topicId = topic("Skanning");
        OrganisationFixture.done(experience.editTopic(council.employee(), topicId, 0, "Skanning av henvisninger", null));
        OrganisationFixture.done(experience.deleteTopic(CouncilFixture.ADMIN, topicId));

        assertThat(auditTrail("RAD_ERFARINGSNOTAT", noteId)).containsExactly(
                "CREATE " + council.employee().getUsername() + " Telefonkø",
                "UPDATE " + secretary.getUsername() + " Telefonkø i ferien",
                "DELETE " + council.chair().getUsername() + " Telefonkø i ferien");
        assertThat(auditTrail("RAD_TEMA", topicId)).containsExactly(
                "CREATE " + council.employee().getUsername() + " Skanning",
                "UPDATE " + council.employee().getUsername() + " Skanning av henvisninger",
                "DELETE " + CouncilFixture.ADMIN.getUsername() + " Skanning av henvisninger");
    }

    private List<String> auditTrail(String subjectType, long id) {
        return jdbc.sql("""
                select action, actor_username, subject_label, details from audit_event
                where subject_type = :type and subject_id = :id order by id
                """)
            .param("type", subjectType)
            .param("id", String.valueOf(id))
            .query((rs, n) -> {
                assertThat(rs.getString(4)).isEqualTo("Organ " + council.body().id());
                return rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3);
            })
            .list();
    }

    @Test
    void badInputIsRefusedWithMessagesThatNameTheFieldAndNothingIsSaved() throws Exception {
        long noteId = note("Innkalling", "Feil dato i brevet.");
        long topicId = topic("Fristbrudd");

        mvc.perform(editNote(noteId, council.employee(), daysAgo(1), "", "", 0))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Skriv en kort tittel.")))
            .andExpect(content().string(Matchers.containsString("Skriv hva som skjedde.")));
        mvc.perform(editNote(noteId, council.employee(), daysAgo(1), "x".repeat(201), "Ok", 0))
            .andExpect(content().string(Matchers.containsString("Tittelen kan ha høyst 200 tegn.")));
        mvc.perform(editNote(noteId, council.employee(), "31.02", "Innkalling", "Ok", 0))
            .andExpect(content().string(Matchers.containsString(
                    "Når det skjedde: «31.02» er ikke en gyldig dato. Skriv når det skjedde, som dd.mm.åååå.")));
        mvc.perform(editNote(noteId, council.employee(), daysAgo(-3), "Innkalling", "Ok", 0))
            .andExpect(content().string(Matchers.containsString("Datoen for når det skjedde kan ikke være frem i tid.")));
        mvc.perform(post("/temaer/" + topicId + "/endre").with(user(council.employee())).with(csrf())
            .param("topicTitle", " ").param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Skriv temaet.")));

        ExperienceNote unchanged = experience.note(council.employee(), noteId);
        assertThat(unchanged.title()).isEqualTo("Innkalling");
        assertThat(unchanged.version()).isZero();
        assertThat(experience.topic(council.employee(), topicId).version()).isZero();
    }

}
