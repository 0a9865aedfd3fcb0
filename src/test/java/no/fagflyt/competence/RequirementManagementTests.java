package no.fagflyt.competence;

import static no.fagflyt.support.OrganisationFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import no.fagflyt.competence.framework.FrameworkCatalogue;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.competence.requirement.RequirementProfiles;
import no.fagflyt.competence.requirement.RequirementScope;
import no.fagflyt.competence.requirement.RequirementView;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Unit;
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
 * The adviser sets the bar per position (and profession), a leader per own unit; bad levels and retired
 * versions come back as field errors, and requirements follow their competence into newer versions.
 */
@IntegrationTest
class RequirementManagementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CompetenceFixture competences;

    @Autowired
    RequirementProfiles requirements;

    @Autowired
    FrameworkCatalogue catalogue;

    Unit section;

    Unit otherSection;

    CurrentUser adviser;

    CurrentUser leader;

    CurrentUser otherLeader;

    CurrentUser employee;

    FrameworkVersion framework;

    long referral;

    String position;

    @BeforeEach
    void organisation() {
        Unit root = organisations.organisation("Kravsykehuset");
        section = organisations.unit(root, "Poliklinikk øye", UnitKind.SEKSJON);
        otherSection = organisations.unit(root, "Poliklinikk øre", UnitKind.SEKSJON);
        adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, root));
        leader = OrganisationFixture.userOf(
                organisations.account(organisations.person(section, "Lise", "Leder"), Role.LEDER, section));
        otherLeader = OrganisationFixture.userOf(
                organisations.account(organisations.person(otherSection, "Per", "Annen"), Role.LEDER, otherSection));
        employee = OrganisationFixture.userOf(
                organisations.account(organisations.person(section, "Siri", "Sekretær"), Role.MEDARBEIDER, null));
        framework = competences.publishedFramework(adviser, "HLR", "Registrere henvisning");
        referral = competences.competenceId(framework, "C2");
        position = OrganisationFixture.unique("Merkantil konsulent");
    }

    private String profile(RequirementScope type, String key) {
        return "/kompetanse/krav/profil?type=" + type.name() + "&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    @Test
    void anAdviserAddsChangesAndRemovesAPositionRequirement() throws Exception {
        mvc.perform(post("/kompetanse/krav/profil").with(user(adviser)).with(csrf()).param("type", "POSITION")
            .param("key", position).param("competenceId", String.valueOf(referral)).param("level", "3"))
            .andExpect(redirectedUrl(profile(RequirementScope.POSITION, position)));
        RequirementView added = requirements.of(RequirementScope.POSITION, position).get(0);
        assertThat(added.requiredLevel()).isEqualTo(3);
        mvc.perform(get(profile(RequirementScope.POSITION, position)).with(user(adviser)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Registrere henvisning")));

        mvc.perform(post("/kompetanse/krav/" + added.id() + "/niva").with(user(adviser)).with(csrf()).param("level", "2"))
            .andExpect(redirectedUrl(profile(RequirementScope.POSITION, position)));
        assertThat(requirements.of(RequirementScope.POSITION, position)).extracting(RequirementView::requiredLevel)
            .containsExactly(2);

        mvc.perform(post("/kompetanse/krav/" + added.id() + "/fjern").with(user(adviser)).with(csrf()))
            .andExpect(redirectedUrl(profile(RequirementScope.POSITION, position)));
        assertThat(requirements.of(RequirementScope.POSITION, position)).isEmpty();
    }

    @Test
    void aLevelOutsideTheScaleIsAFieldErrorLinkedFromTheSummary() throws Exception {
        mvc.perform(post("/kompetanse/krav/profil").with(user(adviser)).with(csrf()).param("type", "POSITION")
            .param("key", position).param("competenceId", String.valueOf(referral)).param("level", "7"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Velg et nivå fra 1 til 4 på skalaen.")))
            .andExpect(content().string(containsString("href=\"#level\"")))
            .andExpect(content().string(containsString("id=\"level\"")));
        assertThat(requirements.of(RequirementScope.POSITION, position)).isEmpty();
    }

    @Test
    void aChangedLevelOutsideTheScaleIsRefusedWithAMessage() throws Exception {
        long id = done(requirements.require(adviser, RequirementScope.POSITION, position, referral, 3));
        mvc.perform(post("/kompetanse/krav/" + id + "/niva").with(user(adviser)).with(csrf()).param("level", "9"))
            .andExpect(redirectedUrl(profile(RequirementScope.POSITION, position)));
        assertThat(requirements.find(id).requiredLevel()).isEqualTo(3);
    }

    @Test
    void aRetiredVersionIsRefusedAsAFieldError() throws Exception {
        FrameworkVersion next = done(catalogue.startNewVersion(adviser, framework.frameworkId()));
        done(catalogue.publish(adviser, next.id(), competences.version(next.id())));
        mvc.perform(post("/kompetanse/krav/profil").with(user(adviser)).with(csrf()).param("type", "POSITION")
            .param("key", position).param("competenceId", String.valueOf(referral)).param("level", "2"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("er utgått")))
            .andExpect(content().string(containsString("href=\"#competenceId\"")));
    }

    @Test
    void aRequirementSetOnAnOlderVersionReadsAsTheSameCodeInTheCurrentVersion() {
        done(requirements.require(leader, RequirementScope.UNIT, String.valueOf(section.id()), referral, 2));
        FrameworkVersion next = done(catalogue.startNewVersion(adviser, framework.frameworkId()));
        done(catalogue.publish(adviser, next.id(), competences.version(next.id())));

        RequirementView requirement = requirements.of(RequirementScope.UNIT, String.valueOf(section.id())).get(0);
        assertThat(requirement.competence().id()).isEqualTo(competences.competenceId(next, "C2"));
        assertThat(requirement.competence().versionNumber()).isEqualTo(next.number());
    }

    @Test
    void aLeaderManagesTheirOwnUnitOnly() throws Exception {
        String unitPage = profile(RequirementScope.UNIT, String.valueOf(section.id()));
        mvc.perform(get("/kompetanse/krav").with(user(leader)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Poliklinikk øye")));
        mvc.perform(get(unitPage).with(user(leader))).andExpect(status().isOk());
        mvc.perform(post("/kompetanse/krav/profil").with(user(leader)).with(csrf()).param("type", "UNIT")
            .param("key", String.valueOf(section.id())).param("competenceId", String.valueOf(referral))
            .param("level", "2")).andExpect(redirectedUrl(unitPage));
        long id = requirements.of(RequirementScope.UNIT, String.valueOf(section.id())).get(0).id();

        mvc.perform(get(unitPage).with(user(otherLeader))).andExpect(status().isForbidden());
        mvc.perform(post("/kompetanse/krav/" + id + "/fjern").with(user(otherLeader)).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(get(profile(RequirementScope.PROFESSION, "HELSESEKRETAER")).with(user(leader)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/kompetanse/krav").with(user(employee))).andExpect(status().isForbidden());
        mvc.perform(get(unitPage).with(user(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/kompetanse/krav")).andExpect(redirectedUrl("/login"));
        mvc.perform(get(unitPage)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anUnknownProfessionIsNotFound() throws Exception {
        mvc.perform(get(profile(RequirementScope.PROFESSION, "FINNES_IKKE")).with(user(adviser)))
            .andExpect(status().isNotFound());
    }

    @Test
    void theRadioLevelErrorOnSelfAssessmentLinksToTheFieldset() throws Exception {
        mvc.perform(post("/min-kompetanse/vurder/" + referral).with(user(employee)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"#level\"")))
            .andExpect(content().string(containsString("id=\"level\"")));
    }

    @Test
    void theDemoOrganisationHasRequirementsForHealthSecretariesAndTheMedicalOffice() {
        assertThat(requirements.of(RequirementScope.PROFESSION, "HELSESEKRETAER"))
            .extracting(r -> r.competence().code() + ":" + r.requiredLevel())
            .contains("HENVISNING:3", "TAUSHET:3", "HLR:1");
    }

}
