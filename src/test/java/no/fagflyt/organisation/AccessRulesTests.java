package no.fagflyt.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.fagflyt.organisation.internal.Person;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Role;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees whom: a logged-out visitor, an ordinary employee, a leader of one unit, a leader of another
 * unit, and a clinic leader above both, in a small organisation built for these tests.
 */
@IntegrationTest
class AccessRulesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixture fixture;

    @Autowired
    JdbcClient jdbc;

    Unit clinic;

    Unit sectionA;

    Unit sectionB;

    Person secretaryInA;

    Person secretaryInB;

    Person leaderA;

    CurrentUser employee;

    CurrentUser leaderOfA;

    CurrentUser leaderOfB;

    CurrentUser clinicLeader;

    @BeforeEach
    void buildOrganisation() {
        Unit root = fixture.organisation("Tilgangssykehuset");
        clinic = fixture.unit(root, "Klinikk for tilgang", UnitKind.KLINIKK);
        sectionA = fixture.unit(clinic, "Seksjon A", UnitKind.SEKSJON);
        sectionB = fixture.unit(root, "Seksjon B", UnitKind.SEKSJON);
        secretaryInA = fixture.person(sectionA, "Astrid", "Aasen");
        secretaryInB = fixture.person(sectionB, "Bjørg", "Berntsen");
        leaderA = fixture.person(sectionA, "Liv", "Lunde");
        Person leaderB = fixture.person(sectionB, "Lars", "Lie");
        Person clinicHead = fixture.person(clinic, "Kari", "Klinikk");
        employee = OrganisationFixture.userOf(fixture.account(secretaryInA, Role.MEDARBEIDER, null));
        leaderOfA = OrganisationFixture.userOf(fixture.account(leaderA, Role.LEDER, sectionA));
        leaderOfB = OrganisationFixture.userOf(fixture.account(leaderB, Role.LEDER, sectionB));
        clinicLeader = OrganisationFixture.userOf(fixture.account(clinicHead, Role.LEDER, clinic));
    }

    @Nested
    class LoggedOutVisitor {

        @Test
        void isSentToTheLoginPageFromEveryPage() throws Exception {
            for (String url : new String[] { "/", "/min-side", "/mine-enheter", "/organisasjon",
                    "/enheter/" + sectionA.id(), "/personer/" + secretaryInA.id(), "/admin/logg" }) {
                mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
            }
        }

        @Test
        void seesTheLoginPage() throws Exception {
            mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Logg inn i Fagflyt")));
        }

    }

    @Nested
    class OrdinaryEmployee {

        @Test
        void seesTheirOwnPersonPage() throws Exception {
            mvc.perform(get("/personer/" + secretaryInA.id()).with(user(employee)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Astrid Aasen")));
            mvc.perform(get("/min-side").with(user(employee)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Astrid Aasen")));
        }

        @Test
        void cannotSeeAColleagueOrTheStaffList() throws Exception {
            mvc.perform(get("/personer/" + leaderA.id()).with(user(employee)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("Ingen tilgang")));
            mvc.perform(get("/enheter/" + sectionA.id()).with(user(employee)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Lunde"))));
        }

        @Test
        void cannotReachAdministration() throws Exception {
            mvc.perform(get("/admin/logg").with(user(employee))).andExpect(status().isForbidden());
        }

        @Test
        void startsOnMinSide() throws Exception {
            mvc.perform(get("/").with(user(employee))).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/min-side"));
        }

    }

    @Nested
    class LeaderOfOneUnit {

        @Test
        void seesTheirUnitsPeopleAndStartsOnMineEnheter() throws Exception {
            mvc.perform(get("/").with(user(leaderOfA))).andExpect(redirectedUrl("/mine-enheter"));
            mvc.perform(get("/mine-enheter").with(user(leaderOfA)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Seksjon A")));
            mvc.perform(get("/enheter/" + sectionA.id()).with(user(leaderOfA)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Aasen, Astrid")));
            mvc.perform(get("/personer/" + secretaryInA.id()).with(user(leaderOfA))).andExpect(status().isOk());
        }

        @Test
        void cannotSeeAnotherUnitsPeople() throws Exception {
            mvc.perform(get("/personer/" + secretaryInB.id()).with(user(leaderOfA))).andExpect(status().isForbidden());
            mvc.perform(get("/enheter/" + sectionB.id()).with(user(leaderOfA)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Berntsen"))))
                .andExpect(content().string(Matchers.containsString("ikke tilgang")));
            mvc.perform(get("/personer/" + secretaryInA.id()).with(user(leaderOfB))).andExpect(status().isForbidden());
        }

    }

    @Nested
    class ClinicLeader {

        @Test
        void seesEveryoneInUnitsBelowTheClinic() throws Exception {
            mvc.perform(get("/personer/" + secretaryInA.id()).with(user(clinicLeader))).andExpect(status().isOk());
            mvc.perform(get("/enheter/" + clinic.id()).param("underenheter", "true").with(user(clinicLeader)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Aasen, Astrid")));
        }

        @Test
        void seesTheClinicWithItsSectionsAsATree() throws Exception {
            mvc.perform(get("/mine-enheter").with(user(clinicLeader)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Klinikk for tilgang")))
                .andExpect(content().string(Matchers.containsString("Seksjon A")));
            mvc.perform(get("/organisasjon/" + clinic.organisationId()).with(user(clinicLeader)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Seksjon A")))
                .andExpect(content().string(Matchers.containsString("Seksjon B")));
        }

        @Test
        void doesNotSeeUnitsOutsideTheClinic() throws Exception {
            mvc.perform(get("/personer/" + secretaryInB.id()).with(user(clinicLeader))).andExpect(status().isForbidden());
        }

    }

    @Nested
    class ProfessionalDevelopmentCoordinator {

        @Test
        void seesTheStaffListOfTheirUnitButNotPersonPages() throws Exception {
            CurrentUser coordinator = OrganisationFixture
                .userOf(fixture.account(fixture.person(sectionA, "Frida", "Fag"), Role.FAGUTVIKLINGSANSVARLIG, sectionA));
            mvc.perform(get("/enheter/" + sectionA.id()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Aasen, Astrid")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/personer/" + secretaryInA.id()))));
            mvc.perform(get("/personer/" + secretaryInA.id()).with(user(coordinator))).andExpect(status().isForbidden());
            mvc.perform(get("/enheter/" + sectionB.id()).with(user(coordinator)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Berntsen"))));
        }

    }

    @Test
    void everyReadOfAPersonIsAuditLogged() throws Exception {
        mvc.perform(get("/personer/" + secretaryInA.id()).with(user(leaderOfA))).andExpect(status().isOk());
        long reads = jdbc.sql("""
                select count(*) from audit_event
                where action = 'READ' and subject_type = 'PERSON' and subject_id = :id and actor_username = :actor
                """)
            .param("id", String.valueOf(secretaryInA.id()))
            .param("actor", leaderOfA.getUsername())
            .query(Long.class)
            .single();
        assertThat(reads).isEqualTo(1);
    }

    @Test
    void refusedReadsExposeNothingAndAreNotLoggedAsReads() throws Exception {
        mvc.perform(get("/personer/" + secretaryInB.id()).with(user(leaderOfA)))
            .andExpect(status().isForbidden())
            .andExpect(content().string(Matchers.not(Matchers.containsString("Berntsen"))));
        long reads = jdbc.sql("select count(*) from audit_event where subject_type = 'PERSON' and subject_id = :id"
                + " and action = 'READ'")
            .param("id", String.valueOf(secretaryInB.id()))
            .query(Long.class)
            .single();
        assertThat(reads).isZero();
    }

    @Test
    void unknownPersonIsANorwegian404() throws Exception {
        mvc.perform(get("/personer/987654321").with(user(leaderOfA)))
            .andExpect(status().isNotFound())
            .andExpect(content().string(Matchers.containsString("Fant ikke siden")));
    }

}
