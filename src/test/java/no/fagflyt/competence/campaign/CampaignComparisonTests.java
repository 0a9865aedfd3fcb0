package no.fagflyt.competence.campaign;

import static no.fagflyt.support.OrganisationFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.fagflyt.competence.GapStatus;
import no.fagflyt.competence.assessment.Assessment;
import no.fagflyt.competence.assessment.AssessmentService;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.Role;
import no.fagflyt.support.CompetenceFixture;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A section is mapped twice, with work on the gaps in between; the comparison counts each status then and
 * now, whichever order the two campaigns are picked in.
 */
@IntegrationTest
class CampaignComparisonTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CompetenceFixture competences;

    @Autowired
    MappingCampaigns campaigns;

    @Autowired
    CampaignResults results;

    @Autowired
    AssessmentService assessments;

    @Autowired
    JdbcClient jdbc;

    Unit section;

    Unit otherSection;

    CurrentUser sara;

    CurrentUser tone;

    CurrentUser leader;

    CurrentUser coordinator;

    CurrentUser otherLeader;

    long cpr;

    long referral;

    long notices;

    Campaign first;

    Campaign second;

    @BeforeEach
    void twoMappingsWithWorkInBetween() {
        Unit root = organisations.organisation("Sammenligningssykehuset");
        section = organisations.unit(root, "Kontortjeneste øye", UnitKind.SEKSJON);
        otherSection = organisations.unit(root, "Kontortjeneste øre", UnitKind.SEKSJON);
        sara = userOf(organisations.person(section, "Sara", "Solberg"), Role.MEDARBEIDER, null);
        tone = userOf(organisations.person(section, "Tone", "Teig"), Role.MEDARBEIDER, null);
        leader = userOf(organisations.person(section, "Lise", "Leder"), Role.LEDER, section);
        coordinator = OrganisationFixture.userOf(organisations.account(null, Role.FAGUTVIKLINGSANSVARLIG, section));
        otherLeader = userOf(organisations.person(otherSection, "Ola", "Annen"), Role.LEDER, otherSection);
        CurrentUser adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, root));
        FrameworkVersion framework = competences.publishedFramework(adviser, "HLR", "Registrere henvisning",
                "Innkalling");
        cpr = competences.competenceId(framework, "C1");
        referral = competences.competenceId(framework, "C2");
        notices = competences.competenceId(framework, "C3");

        first = start("Første runde", Map.of(referral, 2, notices, 2));
        Assessment saras = done(campaigns.answer(sara, first.id(), referral, 3));
        done(assessments.validate(leader, saras.id(), saras.version(), 3, null));
        done(campaigns.answer(tone, first.id(), referral, 1));
        first = done(campaigns.close(leader, first.id(), first.version()));

        second = start("Andre runde", Map.of(referral, 2, notices, 2, cpr, 1));
        done(campaigns.answer(tone, second.id(), referral, 2));
        done(campaigns.answer(leader, second.id(), notices, 2));
        done(campaigns.answer(sara, second.id(), notices, 1));
        second = done(campaigns.close(coordinator, second.id(), second.version()));
    }

    private CurrentUser userOf(no.fagflyt.organisation.internal.Person person, Role role, Unit scope) {
        return OrganisationFixture.userOf(organisations.account(person, role, scope));
    }

    private Campaign start(String title, Map<Long, Integer> chosen) {
        return done(campaigns.start(leader, section.id(), title, LocalDate.now(NorwegianTime.ZONE).plusDays(7), CampaignBasis.CHOSEN,
                chosen));
    }

    @Test
    void eachStatusIsCountedThenAndNowWithTheChange() {
        CampaignComparison comparison = done(results.compare(leader, section.id(), second.id(), first.id()));
        assertThat(comparison.then().title()).isEqualTo("Første runde");
        assertThat(comparison.now().title()).isEqualTo("Andre runde");
        assertThat(comparison.rows()).extracting(row -> row.competence().name())
            .containsExactly("HLR", "Innkalling", "Registrere henvisning");

        CampaignComparison.Row hlr = comparison.rows().get(0);
        assertThat(hlr.then().total()).isZero();
        assertThat(hlr.now().count(GapStatus.NOT_ASSESSED)).isEqualTo(3);

        CampaignComparison.Row notice = comparison.rows().get(1);
        assertThat(counts(notice.then())).containsExactly(0, 0, 0, 0, 3);
        assertThat(counts(notice.now())).containsExactly(0, 1, 1, 0, 1);
        assertThat(notice.change(GapStatus.NOT_ASSESSED)).isEqualTo(-2);

        CampaignComparison.Row registering = comparison.rows().get(2);
        assertThat(counts(registering.then())).containsExactly(1, 0, 1, 0, 1);
        assertThat(counts(registering.now())).containsExactly(1, 1, 0, 0, 1);
        assertThat(registering.change(GapStatus.BELOW)).isEqualTo(-1);
        assertThat(registering.metChange()).isEqualTo(1);
        assertThat(registering.now().percentMet()).isEqualTo(66);

        CampaignComparison reversed = done(results.compare(leader, section.id(), first.id(), second.id()));
        assertThat(reversed.then().id()).isEqualTo(first.id());
    }

    /** In the order of {@link GapStatus}: met, met not validated, below, expired, not assessed. */
    private static List<Integer> counts(StatusCounts counts) {
        return List.of(GapStatus.values()).stream().map(counts::count).toList();
    }

    @Test
    void onlyTwoDifferentClosedCampaignsOfTheSameUnitCanBeCompared() {
        assertRefused(results.compare(leader, section.id(), first.id(), first.id()), "second",
                "competence.campaign.error.sameCampaign");
        assertRefused(results.compare(leader, section.id(), first.id(), null), "second",
                "competence.campaign.error.chooseCampaign");
        Campaign open = start("Tredje runde", Map.of(cpr, 1));
        assertRefused(results.compare(leader, section.id(), first.id(), open.id()), "second",
                "competence.campaign.error.notClosed");
        Campaign elsewhere = done(campaigns.start(otherLeader, otherSection.id(), "Øre", LocalDate.now(NorwegianTime.ZONE),
                CampaignBasis.CHOSEN, Map.of(cpr, 1)));
        done(campaigns.close(otherLeader, elsewhere.id(), elsewhere.version()));
        assertRefused(results.compare(leader, section.id(), elsewhere.id(), first.id()), "first",
                "competence.campaign.error.otherUnit");
        assertThatThrownBy(() -> results.compare(otherLeader, section.id(), first.id(), second.id()))
            .isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> results.compare(sara, section.id(), first.id(), second.id()))
            .isInstanceOf(AccessDeniedProblem.class);
    }

    @Test
    void thePageDrawsTheChartWithTextAndTheTableAsItsAlternative() throws Exception {
        String page = "/kompetanse/enheter/" + section.id() + "/kartlegginger/sammenlign";
        String body = mvc.perform(get(page).with(user(coordinator)).param("first", String.valueOf(first.id()))
            .param("second", String.valueOf(second.id())))
            .andExpect(status().isOk())
            .andExpect(content().string(
                    Matchers.containsString("<svg role=\"img\" aria-labelledby=\"compare-chart-title\"")))
            .andExpect(content().string(Matchers.containsString("Andel som oppfylte kravet, da og nå, per kompetanse")))
            .andExpect(content().string(Matchers.containsString("Da: 1 av 3 (33 %)")))
            .andExpect(content().string(Matchers.containsString("Nå: 2 av 3 (66 %)")))
            .andExpect(content().string(Matchers.containsString("id=\"comparison\"")))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("style=").doesNotContain("Sara Solberg");

        mvc.perform(get(page).with(user(leader)).param("first", String.valueOf(first.id()))
            .param("second", String.valueOf(first.id())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Velg to ulike kartlegginger.")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"comparison\""))));
        mvc.perform(get(page).with(user(leader)).param("first", "tull").param("second", String.valueOf(first.id())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Velg en kartlegging fra listen.")));
        mvc.perform(get(page).with(user(otherLeader))).andExpect(status().isForbidden());
        mvc.perform(get("/kompetanse/enheter/" + section.id() + "/kartlegginger").with(user(leader)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Andre runde")))
            .andExpect(content().string(Matchers.containsString("id=\"compare-form\"")));

        assertThat(jdbc.sql("select count(*) from audit_event where action = 'READ' and subject_type = :type"
                + " and subject_id = :id and actor_username = :actor")
            .param("type", CampaignResults.AUDIT_SNAPSHOT)
            .param("id", first.id() + "," + second.id())
            .param("actor", coordinator.getUsername())
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    private static void assertRefused(Outcome<?> outcome, String field, String messageKey) {
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
    }

}
