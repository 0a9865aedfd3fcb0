package no.fagflyt.competence;

import static no.fagflyt.support.OrganisationFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import no.fagflyt.competence.assessment.AssessmentService;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.competence.task.TaskCatalogue;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Person;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Role;
import no.fagflyt.support.CompetenceFixture;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A section adopts "Sentralbord" from the task library with two named performers; the task's need feeds
 * their required set, and the unit page warns while fewer than two can do it.
 */
@IntegrationTest
class TaskCoverageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CompetenceFixture competences;

    @Autowired
    TaskCatalogue tasks;

    @Autowired
    AssessmentService assessments;

    @Autowired
    GapAnalysis gaps;

    Unit section;

    Person anna;

    Person berit;

    Person cecilie;

    CurrentUser leader;

    CurrentUser otherLeader;

    CurrentUser adviser;

    long switchboard;

    long unitTask;

    @BeforeEach
    void organisation() {
        Unit root = organisations.organisation("Oppgavesykehuset");
        section = organisations.unit(root, "Kontortjeneste kirurgi", UnitKind.SEKSJON);
        Unit otherSection = organisations.unit(root, "Kontortjeneste barn", UnitKind.SEKSJON);
        anna = organisations.person(section, "Anna", "Ask");
        berit = organisations.person(section, "Berit", "Bøe");
        cecilie = organisations.person(section, "Cecilie", "Dahl");
        leader = OrganisationFixture.userOf(organisations.account(null, Role.LEDER, section));
        otherLeader = OrganisationFixture.userOf(organisations.account(null, Role.LEDER, otherSection));
        adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, root));
        FrameworkVersion framework = competences.publishedFramework(adviser, "HLR", "Sentralbord");
        switchboard = competences.competenceId(framework, "C2");
        long task = done(tasks.createTask(adviser, OrganisationFixture.unique("SB"), "Sentralbord", null));
        unitTask = done(tasks.adopt(leader, section.id(), task));
        tasks.setPerformers(leader, unitTask, List.of(), List.of(anna.id(), berit.id()));
        done(tasks.require(leader, unitTask, switchboard, 2));
    }

    private UnitMatrix.TaskCoverage coverage() {
        return gaps.forUnit(leader, section.id()).tasks().stream()
            .filter(t -> t.task().id() == unitTask)
            .findFirst()
            .orElseThrow();
    }

    private CurrentUser userOf(Person person) {
        return OrganisationFixture.userOf(organisations.account(person, Role.MEDARBEIDER, null));
    }

    @Test
    void theTasksNeedIsRequiredOfItsPerformersOnly() {
        GapLine line = gaps.forPerson(leader, anna.id()).required().stream()
            .filter(l -> l.competence().id() == switchboard)
            .findFirst()
            .orElseThrow();
        assertThat(line.requiredLevel()).isEqualTo(2);
        assertThat(line.reasons()).containsExactly("Oppgave Sentralbord: nivå 2");
        assertThat(gaps.forPerson(leader, cecilie.id()).required())
            .noneMatch(l -> l.competence().id() == switchboard);
    }

    @Test
    void fewerThanTwoWhoCanDoTheTaskIsAWrittenWarning() throws Exception {
        assertThat(coverage().able()).isEmpty();
        assertThat(coverage().performers()).isEqualTo(2);
        done(assessments.selfAssess(userOf(anna), switchboard, 3, null));
        assertThat(coverage().able()).containsExactly("Anna Ask");
        mvc.perform(get("/kompetanse/enheter/" + section.id()).with(user(leader)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Sårbar: færre enn to kan utføre oppgaven")));

        done(assessments.selfAssess(userOf(cecilie), switchboard, 2, null));
        assertThat(coverage().able()).containsExactlyInAnyOrder("Anna Ask", "Cecilie Dahl");
        assertThat(coverage().vulnerable()).isFalse();
        mvc.perform(get("/kompetanse/enheter/" + section.id()).with(user(leader)))
            .andExpect(content().string(containsString("Dekket: minst to kan utføre oppgaven")));
    }

    @Test
    void onlyAdvisersKeepTheLibraryAndOnlyTheUnitsLeadersItsTasks() {
        assertThatThrownBy(() -> tasks.createTask(leader, OrganisationFixture.unique("X"), "Koding", null))
            .isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> tasks.setPerformers(otherLeader, unitTask, List.of("HELSESEKRETAER"), List.of()))
            .isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> tasks.require(otherLeader, unitTask, switchboard, 1))
            .isInstanceOf(AccessDeniedProblem.class);
    }

    @Test
    void theLeaderSetsPerformersAndNeedsOnTheUnitsTaskPage() throws Exception {
        String page = "/kompetanse/enheter/" + section.id() + "/oppgaver";
        mvc.perform(get(page).with(user(leader)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Sentralbord")));
        mvc.perform(post(page + "/" + unitTask + "/utforere").with(user(leader)).with(csrf())
            .param("people", String.valueOf(cecilie.id()))).andExpect(redirectedUrl(page));
        assertThat(coverage().task().people()).containsExactly(cecilie.id());
        mvc.perform(post(page + "/" + unitTask + "/krav").with(user(leader)).with(csrf())
            .param("competenceId", String.valueOf(switchboard)).param("level", "9"))
            .andExpect(redirectedUrl(page + "#task-" + unitTask));
        assertThat(coverage().task().requirements()).extracting(r -> r.requiredLevel()).containsExactly(2);
        mvc.perform(post(page + "/" + unitTask + "/krav").with(user(leader)).with(csrf())
            .param("competenceId", String.valueOf(switchboard)).param("level", "3"))
            .andExpect(redirectedUrl(page + "#task-" + unitTask));
        assertThat(coverage().task().requirements()).extracting(r -> r.requiredLevel()).containsExactly(3);
    }

    @Test
    void aRefusedNeedIsShownAtItsFieldWithTheEntryKept() throws Exception {
        String page = "/kompetanse/enheter/" + section.id() + "/oppgaver";
        var flash = mvc.perform(post(page + "/" + unitTask + "/krav").with(user(leader)).with(csrf())
            .param("competenceId", String.valueOf(switchboard)).param("level", "9"))
            .andReturn()
            .getFlashMap();
        mvc.perform(get(page).with(user(leader)).flashAttrs(flash))
            .andExpect(content().string(containsString("id=\"need-level-" + unitTask + "-error\"")))
            .andExpect(content().string(containsString("aria-invalid=\"true\"")))
            .andExpect(content().string(containsString("value=\"9\"")));
    }

    @Test
    void aNeedCanBeRemovedAndTheTaskTakenOutOfUse() throws Exception {
        String page = "/kompetanse/enheter/" + section.id() + "/oppgaver";
        long requirement = coverage().task().requirements().get(0).id();
        mvc.perform(post(page + "/" + unitTask + "/krav/" + requirement + "/fjern").with(user(otherLeader)).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(post(page + "/" + unitTask + "/krav/" + requirement + "/fjern").with(user(leader)).with(csrf()))
            .andExpect(redirectedUrl(page + "#task-" + unitTask));
        assertThat(coverage().task().requirements()).isEmpty();
        assertThat(gaps.forPerson(leader, anna.id()).required()).noneMatch(l -> l.competence().id() == switchboard);

        mvc.perform(post(page + "/" + unitTask + "/fjern").with(user(otherLeader)).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(post(page + "/" + unitTask + "/fjern").with(user(leader)).with(csrf()))
            .andExpect(redirectedUrl(page));
        assertThat(tasks.ofUnits(List.of(section.id()))).isEmpty();
        mvc.perform(post(page + "/" + unitTask + "/fjern").with(user(leader)).with(csrf()))
            .andExpect(status().isNotFound());
    }

    @Test
    void theTaskPagesAreForTheUnitsLeadersAndTheAdvisers() throws Exception {
        String page = "/kompetanse/enheter/" + section.id() + "/oppgaver";
        mvc.perform(get(page).with(user(adviser))).andExpect(status().isOk());
        mvc.perform(get(page).with(user(otherLeader))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/" + unitTask + "/utforere").with(user(otherLeader)).with(csrf())
            .param("professions", "HELSESEKRETAER")).andExpect(status().isForbidden());
        mvc.perform(get(page).with(user(userOf(anna)))).andExpect(status().isForbidden());
        mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/kompetanse/oppgaver").with(user(adviser))).andExpect(status().isOk());
        mvc.perform(get("/kompetanse/oppgaver").with(user(leader))).andExpect(status().isForbidden());
        mvc.perform(post("/kompetanse/oppgaver").with(user(adviser)).with(csrf()).param("code", "X").param("name", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"#name\"")));
    }

    @Test
    void theMatrixSortsByNameOrByMostGapsWithPlainLinks() throws Exception {
        done(assessments.selfAssess(userOf(anna), switchboard, 3, null));
        UnitMatrix matrix = gaps.forUnit(leader, section.id());
        assertThat(matrix.sorted(false).rows()).extracting(r -> r.person().lastName())
            .containsExactly("Ask", "Bøe", "Dahl");
        assertThat(matrix.sorted(true).rows()).extracting(r -> r.person().lastName())
            .containsExactly("Bøe", "Ask", "Dahl");
        String page = mvc.perform(get("/kompetanse/enheter/" + section.id() + "?sorter=mangler").with(user(leader)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("sortert etter flest mangler")))
            .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Bøe, Berit")).isLessThan(page.indexOf("Ask, Anna"));
    }

    @Test
    void theDemoLibraryHoldsTheCommonOfficeTasks() {
        assertThat(tasks.library()).extracting(t -> t.name())
            .contains("Registrere henvisning i DIPS", "Sentralbord", "Arkivering i Public 360",
                    "Melding til Kreftregisteret", "Blodprøvetaking");
    }

}
