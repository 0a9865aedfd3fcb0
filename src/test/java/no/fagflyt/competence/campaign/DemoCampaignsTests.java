package no.fagflyt.competence.campaign;

import static no.fagflyt.support.OrganisationFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.support.IntegrationTest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The demo section has two closed mappings to compare and an open one waiting on ansatt's Min side. */
@IntegrationTest
class DemoCampaignsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    UserDetailsService users;

    @Autowired
    MappingCampaigns campaigns;

    @Autowired
    CampaignResults results;

    @Test
    void theLeaderFollowsTheOpenMappingAndComparesTheTwoClosedOnes() throws Exception {
        CurrentUser leader = (CurrentUser) users.loadUserByUsername("leder");
        long organisation = directory.findRootUnitByCode("SIV").orElseThrow().organisationId();
        long section = directory.findUnitByCode(organisation, "MKK-MED-KONTOR").orElseThrow().id();
        List<CampaignSummary> all = campaigns.campaignsBelow(leader, section);
        assertThat(all).extracting(s -> s.campaign().title() + " " + s.campaign().status())
            .containsExactly("Sentralbord, terminologi og arkiv OPEN",
                    "Oppfølgingskartlegging av kompetansekravene CLOSED",
                    "Første kartlegging av kompetansekravene CLOSED");
        CampaignProgress open = campaigns.progress(leader, all.get(0).campaign().id());
        assertThat(open.count(ResponseState.DONE)).isEqualTo(1);
        assertThat(open.count(ResponseState.IN_PROGRESS)).isEqualTo(2);

        List<Campaign> closed = results.closedCampaignsOf(leader, section);
        CampaignComparison comparison = done(results.compare(leader, section, closed.get(0).id(), closed.get(1).id()));
        int metThen = comparison.rows().stream().mapToInt(row -> row.then().met()).sum();
        int metNow = comparison.rows().stream().mapToInt(row -> row.now().met()).sum();
        assertThat(metNow).isGreaterThan(metThen);
        assertThat(comparison.then().closedOn()).isBefore(comparison.now().closedOn());

        mvc.perform(get("/min-side").with(user(users.loadUserByUsername("ansatt"))))
            .andExpect(status().isOk())
            .andExpect(content().string(
                    Matchers.containsString(">Sentralbord, terminologi og arkiv</a>")));
    }

}
