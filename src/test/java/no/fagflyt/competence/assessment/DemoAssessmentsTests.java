package no.fagflyt.competence.assessment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.support.IntegrationTest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The demo section's matrix shows a mix: met and validated, awaiting validation, below the bar, unassessed. */
@IntegrationTest
class DemoAssessmentsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    UserDetailsService users;

    @Test
    void theDemoLeaderSeesEveryKindOfStatusInTheSectionsMatrix() throws Exception {
        long organisation = directory.findRootUnitByCode("SIV").orElseThrow().organisationId();
        long section = directory.findUnitByCode(organisation, "MKK-MED-KONTOR").orElseThrow().id();
        mvc.perform(get("/kompetanse/enheter/" + section).with(user(users.loadUserByUsername("leder"))))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Oppfylt, ikke validert")))
            .andExpect(content().string(Matchers.containsString("Under kravet")))
            .andExpect(content().string(Matchers.containsString("Ikke vurdert")))
            .andExpect(content().string(Matchers.matchesRegex("(?s).*>\\s*Oppfylt\\s*<.*")));
    }

}
