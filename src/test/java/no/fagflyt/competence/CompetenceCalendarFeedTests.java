package no.fagflyt.competence;

import static no.fagflyt.support.OrganisationFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import no.fagflyt.competence.assessment.AssessmentService;
import no.fagflyt.competence.assessment.EvidenceKind;
import no.fagflyt.competence.campaign.Campaign;
import no.fagflyt.competence.campaign.CampaignBasis;
import no.fagflyt.competence.campaign.MappingCampaigns;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.CalendarFeeds;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Role;
import no.fagflyt.support.CompetenceFixture;
import no.fagflyt.support.ICalendarParser;
import no.fagflyt.support.ICalendarParser.Component;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The competence part of the personal calendar feed: when the person's documentation runs out (a renewed
 * certificate replacing the old date), reminded 30 days ahead, and the deadlines of mappings still to answer.
 */
@IntegrationTest
class CompetenceCalendarFeedTests {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CompetenceFixture competences;

    @Autowired
    AssessmentService assessments;

    @Autowired
    MappingCampaigns campaigns;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    MockMvc mvc;

    CurrentUser employee;

    CurrentUser colleague;

    long radiation;

    long certificateOld;

    long certificateRenewed;

    long colleaguesCertificate;

    Campaign campaign;

    @BeforeEach
    void employeesWithCertificatesAndAMapping() {
        Unit root = organisations.organisation("Sertifikatsykehuset");
        Unit section = organisations.unit(root, "Kontortjeneste hjerte", UnitKind.SEKSJON);
        employee = OrganisationFixture.userOf(
                organisations.account(organisations.person(section, "Tone", "Tidsfrist"), Role.MEDARBEIDER, null));
        colleague = OrganisationFixture.userOf(
                organisations.account(organisations.person(section, "Per", "Kollega"), Role.MEDARBEIDER, null));
        CurrentUser leader = OrganisationFixture.userOf(
                organisations.account(organisations.person(section, "Lene", "Leder"), Role.LEDER, section));
        CurrentUser adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, root));
        FrameworkVersion framework = competences.publishedFramework(adviser, "Strålevern", "Journalføring");
        radiation = competences.competenceId(framework, "C1");
        LocalDate today = LocalDate.now(NorwegianTime.ZONE);
        certificateOld = done(assessments.addEvidence(employee, employee.personId(), radiation,
                EvidenceKind.CERTIFICATE, "Strålevernkurs 2024", today.minusYears(2), today.plusDays(10), null));
        certificateRenewed = done(assessments.addEvidence(employee, employee.personId(), radiation,
                EvidenceKind.CERTIFICATE, "Strålevernkurs 2026", today.minusDays(5), today.plusDays(300), null));
        colleaguesCertificate = done(assessments.addEvidence(colleague, colleague.personId(), radiation,
                EvidenceKind.CERTIFICATE, "Kollegas sertifikat", today.minusYears(1), today.plusDays(40), null));
        campaign = done(campaigns.start(leader, section.id(), "Kartlegging høst", today.plusDays(21),
                CampaignBasis.CHOSEN, Map.of(radiation, 3)));
    }

    @Test
    void certificateExpiryIsAWholeDayWithAReminderThirtyDaysAheadAndOnlyTheLatestCounts() throws Exception {
        Component calendar = feedOf(employee);

        Component expiry = calendar.event("competence-evidence-" + certificateRenewed + "@fagflyt");
        assertThat(expiry.value("DTSTART")).isEqualTo(DATE.format(LocalDate.now(NorwegianTime.ZONE).plusDays(300)));
        assertThat(expiry.text("SUMMARY")).isEqualTo("Utløper: Strålevernkurs 2026");
        assertThat(expiry.text("DESCRIPTION")).contains("Strålevern", "/min-kompetanse");
        assertThat(expiry.children("VALARM")).singleElement()
            .satisfies(alarm -> assertThat(alarm.value("TRIGGER")).isEqualTo("-P29DT15H"));
        assertThat(calendar.hasEvent("competence-evidence-" + certificateOld + "@fagflyt")).isFalse();
        assertThat(calendar.hasEvent("competence-evidence-" + colleaguesCertificate + "@fagflyt")).isFalse();
    }

    @Test
    void anOpenMappingDeadlineIsThereUntilTheAnswersAreDelivered() throws Exception {
        Component deadline = feedOf(employee).event("competence-campaign-" + campaign.id() + "@fagflyt");
        assertThat(deadline.value("DTSTART")).isEqualTo(DATE.format(LocalDate.now(NorwegianTime.ZONE).plusDays(21)));
        assertThat(deadline.text("SUMMARY")).isEqualTo("Frist for kartlegging: Kartlegging høst");
        assertThat(deadline.value("URL")).endsWith("/min-kompetanse/kartlegginger/" + campaign.id());

        done(campaigns.answer(employee, campaign.id(), radiation, 3));
        done(campaigns.complete(employee, campaign.id()));
        assertThat(feedOf(employee).hasEvent("competence-campaign-" + campaign.id() + "@fagflyt")).isFalse();
        assertThat(feedOf(colleague).hasEvent("competence-campaign-" + campaign.id() + "@fagflyt")).isTrue();
    }

    private Component feedOf(CurrentUser user) throws Exception {
        String token = feeds.enable(user);
        byte[] body = mvc.perform(get("/kalender/" + token + ".ics"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain(user == employee ? "Kollega" : "Tone");
        return ICalendarParser.parse(body);
    }

}
