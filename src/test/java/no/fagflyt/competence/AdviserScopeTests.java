package no.fagflyt.competence;

import static no.fagflyt.support.OrganisationFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.competence.requirement.RequirementProfiles;
import no.fagflyt.competence.requirement.RequirementScope;
import no.fagflyt.competence.task.TaskCatalogue;
import no.fagflyt.competence.task.UnitTask;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.UnitView;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A competence adviser's role holds only in the units of their scope: the adviser of a hospital trust keeps
 * the tasks and requirements of the trust's units, but not of a municipality's. Refused in the services and
 * with 403 over HTTP; the other unit's leader, an ordinary employee and a logged-out visitor are refused too.
 */
@IntegrationTest
class AdviserScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CompetenceFixture competences;

    @Autowired
    TaskCatalogue tasks;

    @Autowired
    RequirementProfiles requirements;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    UserDetailsService users;

    Unit section;

    Unit homeCare;

    CurrentUser adviser;

    CurrentUser homeLeader;

    CurrentUser sectionLeader;

    CurrentUser homeEmployee;

    long competence;

    long task;

    long homeTask;

    @BeforeEach
    void aTrustAndAMunicipality() {
        Unit trust = organisations.organisation("Omfangssykehuset");
        section = organisations.unit(trust, "Kontortjeneste medisin", UnitKind.SEKSJON);
        Unit municipality = organisations.organisation("Omfangskommune");
        homeCare = organisations.unit(municipality, "Hjemmetjenesten", UnitKind.VIRKSOMHET);
        adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, trust));
        homeLeader = OrganisationFixture.userOf(
                organisations.account(organisations.person(homeCare, "Kari", "Kommune"), Role.LEDER, homeCare));
        sectionLeader = OrganisationFixture.userOf(
                organisations.account(organisations.person(section, "Lars", "Leder"), Role.LEDER, section));
        homeEmployee = OrganisationFixture.userOf(
                organisations.account(organisations.person(homeCare, "Hege", "Hjelper"), Role.MEDARBEIDER, null));
        FrameworkVersion framework = competences.publishedFramework(adviser, "Nøkkelhåndtering");
        competence = competences.competenceId(framework, "C1");
        task = done(tasks.createTask(adviser, OrganisationFixture.unique("NOKKEL"), "Nøkkelhåndtering", null));
        homeTask = done(tasks.adopt(homeLeader, homeCare.id(), task));
    }

    private static String tasksPage(long unitId) {
        return "/kompetanse/enheter/" + unitId + "/oppgaver";
    }

    private static MockHttpServletRequestBuilder adopt(long unitId, long taskId) {
        return post(tasksPage(unitId)).param("taskId", String.valueOf(taskId)).with(csrf());
    }

    private MockHttpServletRequestBuilder need(long unitId, long unitTaskId) {
        return post(tasksPage(unitId) + "/" + unitTaskId + "/krav").param("competenceId", String.valueOf(competence))
            .param("level", "2")
            .with(csrf());
    }

    private MockHttpServletRequestBuilder unitRequirement(long unitId) {
        return post("/kompetanse/krav/profil").param("type", "UNIT")
            .param("key", String.valueOf(unitId))
            .param("competenceId", String.valueOf(competence))
            .param("level", "2")
            .with(csrf());
    }

    private static String profile(long unitId) {
        return "/kompetanse/krav/profil?type=UNIT&key=" + URLEncoder.encode(String.valueOf(unitId), StandardCharsets.UTF_8);
    }

    private List<UnitTask> homeTasks() {
        return tasks.ofUnits(List.of(homeCare.id()));
    }

    @Test
    void theAdviserKeepsTheTasksAndRequirementsOfTheTrustsUnits() throws Exception {
        mvc.perform(get(tasksPage(section.id())).with(user(adviser))).andExpect(status().isOk());
        mvc.perform(adopt(section.id(), task).with(user(adviser))).andExpect(redirectedUrl(tasksPage(section.id())));
        long sectionTask = tasks.ofUnits(List.of(section.id())).get(0).id();
        mvc.perform(need(section.id(), sectionTask).with(user(adviser)))
            .andExpect(redirectedUrl(tasksPage(section.id()) + "#task-" + sectionTask));
        assertThat(tasks.ofUnits(List.of(section.id())).get(0).requirements()).hasSize(1);
        mvc.perform(unitRequirement(section.id()).with(user(adviser))).andExpect(redirectedUrl(profile(section.id())));
        assertThat(requirements.of(RequirementScope.UNIT, String.valueOf(section.id()))).hasSize(1);
    }

    @Test
    void theAdviserMayNotAdoptATaskInAnotherOrganisationsUnit() throws Exception {
        long otherTask = done(tasks.createTask(adviser, OrganisationFixture.unique("POST"), "Postmottak", null));
        assertThatThrownBy(() -> tasks.adopt(adviser, homeCare.id(), otherTask)).isInstanceOf(AccessDeniedProblem.class);
        mvc.perform(adopt(homeCare.id(), otherTask).with(user(adviser))).andExpect(status().isForbidden());
        mvc.perform(get(tasksPage(homeCare.id())).with(user(adviser))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> tasks.setPerformers(adviser, homeTask, List.of("HELSESEKRETAER"), List.of()))
            .isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> tasks.stopUsing(adviser, homeTask)).isInstanceOf(AccessDeniedProblem.class);
        assertThat(homeTasks()).extracting(UnitTask::id).containsExactly(homeTask);
        assertThat(homeTasks().get(0).professions()).isEmpty();
    }

    @Test
    void theAdviserMayNotSetRequirementsInAnotherOrganisationsUnit() throws Exception {
        assertThatThrownBy(() -> tasks.require(adviser, homeTask, competence, 2)).isInstanceOf(AccessDeniedProblem.class);
        mvc.perform(need(homeCare.id(), homeTask).with(user(adviser))).andExpect(status().isForbidden());
        assertThat(homeTasks().get(0).requirements()).isEmpty();

        String key = String.valueOf(homeCare.id());
        assertThatThrownBy(() -> requirements.require(adviser, RequirementScope.UNIT, key, competence, 2))
            .isInstanceOf(AccessDeniedProblem.class);
        mvc.perform(unitRequirement(homeCare.id()).with(user(adviser))).andExpect(status().isForbidden());
        mvc.perform(get(profile(homeCare.id())).with(user(adviser))).andExpect(status().isForbidden());
        assertThat(requirements.of(RequirementScope.UNIT, key)).isEmpty();

        // Task needs are kept on the unit's task page only, not as a profile any adviser could write to.
        assertThatThrownBy(() -> requirements.require(adviser, RequirementScope.TASK, String.valueOf(homeTask),
                competence, 2)).isInstanceOf(AccessDeniedProblem.class);

        // The municipality's own leader still may.
        done(tasks.require(homeLeader, homeTask, competence, 2));
        done(requirements.require(homeLeader, RequirementScope.UNIT, key, competence, 2));
    }

    @Test
    void anotherUnitsLeaderAnEmployeeAndALoggedOutVisitorAreRefused() throws Exception {
        long otherTask = done(tasks.createTask(adviser, OrganisationFixture.unique("ARK"), "Arkivering", null));
        for (CurrentUser refused : List.of(sectionLeader, homeEmployee)) {
            assertThatThrownBy(() -> tasks.adopt(refused, homeCare.id(), otherTask))
                .isInstanceOf(AccessDeniedProblem.class);
            mvc.perform(adopt(homeCare.id(), otherTask).with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(need(homeCare.id(), homeTask).with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(unitRequirement(homeCare.id()).with(user(refused))).andExpect(status().isForbidden());
        }
        mvc.perform(adopt(homeCare.id(), otherTask)).andExpect(redirectedUrl("/login"));
        mvc.perform(need(homeCare.id(), homeTask)).andExpect(redirectedUrl("/login"));
        mvc.perform(unitRequirement(homeCare.id())).andExpect(redirectedUrl("/login"));
        assertThat(homeTasks()).extracting(UnitTask::id).containsExactly(homeTask);
        assertThat(homeTasks().get(0).requirements()).isEmpty();
        assertThat(requirements.of(RequirementScope.UNIT, String.valueOf(homeCare.id()))).isEmpty();
    }

    @Test
    void theDemoAdviserOfTheHospitalTrustIsRefusedOnTonsbergsHomeCare() throws Exception {
        CurrentUser radgiver = (CurrentUser) users.loadUserByUsername("radgiver");
        UnitView tonsberg = directory.findRootUnitByCode("TBG").orElseThrow();
        UnitView tonsbergHomeCare = directory.findUnitByCode(tonsberg.organisationId(), "TBG-HJEM").orElseThrow();
        UnitView hospital = directory.findRootUnitByCode("SIV").orElseThrow();
        List<Long> adoptedBefore = tasks.ofUnits(List.of(tonsbergHomeCare.id())).stream().map(UnitTask::id).toList();
        String key = String.valueOf(tonsbergHomeCare.id());
        int requirementsBefore = requirements.of(RequirementScope.UNIT, key).size();
        long libraryTask = tasks.library().get(0).id();

        assertThatThrownBy(() -> tasks.adopt(radgiver, tonsbergHomeCare.id(), libraryTask))
            .isInstanceOf(AccessDeniedProblem.class);
        mvc.perform(adopt(tonsbergHomeCare.id(), libraryTask).with(user(radgiver))).andExpect(status().isForbidden());
        mvc.perform(unitRequirement(tonsbergHomeCare.id()).with(user(radgiver))).andExpect(status().isForbidden());
        assertThat(tasks.ofUnits(List.of(tonsbergHomeCare.id()))).extracting(UnitTask::id)
            .containsExactlyElementsOf(adoptedBefore);
        assertThat(requirements.of(RequirementScope.UNIT, key)).hasSize(requirementsBefore);

        mvc.perform(get(tasksPage(hospital.id())).with(user(radgiver))).andExpect(status().isOk());
        mvc.perform(get(profile(hospital.id())).with(user(radgiver))).andExpect(status().isOk());
    }

}
