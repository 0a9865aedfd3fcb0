package no.fagflyt.competence;

import static no.fagflyt.support.OrganisationFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import no.fagflyt.competence.assessment.Assessment;
import no.fagflyt.competence.assessment.AssessmentService;
import no.fagflyt.competence.assessment.EvidenceKind;
import no.fagflyt.competence.assessment.HistoryEntry;
import no.fagflyt.competence.framework.FrameworkCatalogue;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.competence.requirement.RequirementProfiles;
import no.fagflyt.competence.requirement.RequirementScope;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Person;
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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A secretary in a section assesses herself against what her unit requires; her leader validates; the
 * unit matrix and the gaps follow. Built in a small organisation of its own.
 */
@IntegrationTest
class AssessmentAndGapTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CompetenceFixture competences;

    @Autowired
    AssessmentService assessments;

    @Autowired
    RequirementProfiles requirements;

    @Autowired
    GapAnalysis gaps;

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    no.fagflyt.competence.exchange.FrameworkExchange exchange;

    Unit clinic;

    Unit section;

    Unit otherSection;

    Person secretary;

    CurrentUser employee;

    CurrentUser colleague;

    CurrentUser leader;

    CurrentUser clinicLeader;

    CurrentUser otherLeader;

    FrameworkVersion framework;

    long referral;

    long notices;

    @BeforeEach
    void organisation() {
        Unit root = organisations.organisation("Gapsykehuset");
        clinic = organisations.unit(root, "Medisinsk klinikk", UnitKind.KLINIKK);
        section = organisations.unit(clinic, "Poliklinikk hjerte", UnitKind.SEKSJON);
        otherSection = organisations.unit(root, "Poliklinikk lunge", UnitKind.SEKSJON);
        secretary = organisations.person(section, "Sara", "Solberg");
        employee = OrganisationFixture.userOf(organisations.account(secretary, Role.MEDARBEIDER, null));
        colleague = OrganisationFixture.userOf(
                organisations.account(organisations.person(section, "Kari", "Kollega"), Role.MEDARBEIDER, null));
        leader = OrganisationFixture.userOf(
                organisations.account(organisations.person(section, "Leif", "Leder"), Role.LEDER, section));
        clinicLeader = OrganisationFixture.userOf(
                organisations.account(organisations.person(clinic, "Kjell", "Klinikksjef"), Role.LEDER, clinic));
        otherLeader = OrganisationFixture.userOf(
                organisations.account(organisations.person(otherSection, "Ola", "Annen"), Role.LEDER, otherSection));
        CurrentUser adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, root));
        framework = competences.publishedFramework(adviser, "HLR", "Registrere henvisning", "Innkalling");
        referral = competences.competenceId(framework, "C2");
        notices = competences.competenceId(framework, "C3");
        done(requirements.require(leader, RequirementScope.UNIT, String.valueOf(section.id()), referral, 2));
        done(requirements.require(clinicLeader, RequirementScope.UNIT, String.valueOf(clinic.id()), referral, 3));
        done(requirements.require(leader, RequirementScope.UNIT, String.valueOf(section.id()), notices, 2));
    }

    @Test
    void requirementsAndAssessmentsWorkAtEveryDepthOfAnImportedTree() throws Exception {
        CurrentUser adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER,
                organisations.organisation("Tredybdesykehuset")));
        byte[] csv = new org.springframework.core.io.ClassPathResource("exchange/moodle-akuttmottak-deep.csv")
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
            .replace(",akutt-2024,", "," + OrganisationFixture.unique("dybde") + ",")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var security = org.springframework.security.core.context.SecurityContextHolder.getContext();
        security.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
            .authenticated(adviser, null, adviser.getAuthorities()));
        no.fagflyt.competence.exchange.FrameworkExchange.Attempt attempt;
        try {
            attempt = exchange.confirm(adviser, exchange.stage(adviser, "dybde.csv", csv), null);
        }
        finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        var imported = (no.fagflyt.competence.exchange.FrameworkExchange.Attempt.Imported) attempt;
        FrameworkVersion tree = done(catalogue.publish(adviser, imported.version().id(),
                competences.version(imported.version().id())));
        var byDepth = jdbc.sql("select id, depth from competence where framework_version_id = :v and code in"
                + " ('TRIAGE-1', 'TRIAGE-1-2')").param("v", tree.id()).query((rs, n) -> new long[] { rs.getLong("id"),
                        rs.getInt("depth") }).list();
        long parent = byDepth.stream().filter(row -> row[1] == 2).findFirst().orElseThrow()[0];
        long leaf = byDepth.stream().filter(row -> row[1] == 3).findFirst().orElseThrow()[0];
        done(requirements.require(leader, RequirementScope.UNIT, String.valueOf(section.id()), parent, 3));
        done(requirements.require(leader, RequirementScope.UNIT, String.valueOf(section.id()), leaf, 2));

        Assessment mine = done(assessments.selfAssess(employee, leaf, 3, null));
        done(assessments.validate(leader, mine.id(), mine.version(), 3, null));

        PersonGaps record = gaps.forPerson(employee, secretary.id());
        assertThat(line(record, leaf).status()).isEqualTo(GapStatus.MET);
        assertThat(line(record, leaf).competence().depth()).isEqualTo(3);
        assertThat(line(record, parent).status()).isEqualTo(GapStatus.NOT_ASSESSED);
        assertThat(line(record, parent).competence().depth()).isEqualTo(2);
        assertThat(gaps.forUnit(leader, section.id()).columns()).extracting(c -> c.id()).contains(parent, leaf);
    }

    private GapLine line(PersonGaps record, long competenceId) {
        return record.required().stream().filter(l -> l.competence().id() == competenceId).findFirst().orElseThrow();
    }

    @Test
    void theStrictestRequirementWinsAndEveryReasonIsShown() {
        GapLine line = line(gaps.forPerson(employee, secretary.id()), referral);
        assertThat(line.requiredLevel()).isEqualTo(3);
        assertThat(line.reasons()).containsExactly("Enhet Medisinsk klinikk: nivå 3", "Enhet Poliklinikk hjerte: nivå 2");
        assertThat(line.status()).isEqualTo(GapStatus.NOT_ASSESSED);
    }

    @Test
    void selfAssessmentThenValidationClosesTheGapAndKeepsTheHistory() {
        Assessment mine = done(assessments.selfAssess(employee, referral, 3, "Har registrert i to år"));
        assertThat(line(gaps.forPerson(employee, secretary.id()), referral).status())
            .isEqualTo(GapStatus.MET_NOT_VALIDATED);

        done(assessments.validate(leader, mine.id(), mine.version(), 3, null));
        PersonGaps record = gaps.forPerson(employee, secretary.id());
        assertThat(line(record, referral).status()).isEqualTo(GapStatus.MET);
        assertThat(record.history()).extracting(h -> h.kind().name()).containsExactly("VALIDATED", "SELF");
    }

    @Test
    void theHistoryNamesThePeopleWhoAssessedNotTheirUsernames() {
        CurrentUser signedIn = (CurrentUser) users.loadUserByUsername(employee.getUsername());
        CurrentUser leaderSignedIn = (CurrentUser) users.loadUserByUsername(leader.getUsername());
        Assessment mine = done(assessments.selfAssess(signedIn, referral, 2, null));
        Assessment validated = done(assessments.validate(leaderSignedIn, mine.id(), mine.version(), 2, null));

        assertThat(gaps.forPerson(employee, secretary.id()).history()).extracting(HistoryEntry::actor)
            .containsExactly("Leif Leder", "Sara Solberg");
        assertThat(validated.validatedBy()).isEqualTo("Leif Leder");
    }

    @Test
    void aLeaderWhoSetsAnotherLevelMustSayWhy() {
        Assessment mine = done(assessments.selfAssess(employee, referral, 3, null));
        assertThat(assessments.validate(leader, mine.id(), mine.version(), 2, " "))
            .isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(r.field()).isEqualTo("comment"));
        done(assessments.validate(leader, mine.id(), mine.version(), 2, "Trenger mer erfaring med fristregler"));
        assertThat(line(gaps.forPerson(employee, secretary.id()), referral).status()).isEqualTo(GapStatus.BELOW);
    }

    @Test
    void twoLeadersValidatingAtOnceMeetAConflictInsteadOfOverwriting() throws Exception {
        Assessment mine = done(assessments.selfAssess(employee, referral, 3, null));
        int seen = mine.version();
        done(assessments.validate(leader, mine.id(), seen, 3, null));
        assertThatThrownBy(() -> assessments.validate(clinicLeader, mine.id(), seen, 2, "Nei"))
            .isInstanceOf(OptimisticLockingFailureException.class);

        String page = "/kompetanse/personer/" + secretary.id() + "/vurderinger/" + mine.id();
        mvc.perform(post(page).with(user(clinicLeader)).with(csrf()).param("seenVersion", String.valueOf(seen))
            .param("level", "2").param("comment", "For sent"))
            .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(user(clinicLeader)).flashAttr("conflict", true))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Noen andre har endret dette")));
    }

    @Test
    void badInputIsRefusedWithAMessageForTheField() {
        assertThat(assessments.selfAssess(employee, referral, 7, null))
            .isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(r.field()).isEqualTo("level"));
        LocalDate today = LocalDate.now(NorwegianTime.ZONE);
        assertThat(assessments.addEvidence(employee, secretary.id(), referral, EvidenceKind.COURSE, "Kurs",
                today.plusDays(3), null, null))
            .isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(r.field()).isEqualTo("issuedOn"));
        assertThat(assessments.addEvidence(employee, secretary.id(), referral, EvidenceKind.CERTIFICATE, "Sertifikat",
                today.minusDays(10), today.minusDays(20), null))
            .isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(r.field()).isEqualTo("expiresOn"));
    }

    @Test
    void aRequirementCannotPointAtARetiredVersion() {
        CurrentUser adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, clinic));
        FrameworkVersion next = done(catalogue.startNewVersion(adviser, framework.frameworkId()));
        done(catalogue.publish(adviser, next.id(), competences.version(next.id())));
        assertThat(requirements.require(leader, RequirementScope.UNIT, String.valueOf(section.id()), referral, 2))
            .isInstanceOfSatisfying(Outcome.Refused.class,
                    r -> assertThat(r.messageKey()).isEqualTo("competence.error.requirementOnRetired"));
    }

    @Test
    void anExpiredCertificateShowsAsExpired() {
        long cpr = competences.competenceId(framework, "C1");
        done(requirements.require(leader, RequirementScope.UNIT, String.valueOf(section.id()), cpr, 2));
        done(assessments.selfAssess(employee, cpr, 3, null));
        done(assessments.addEvidence(employee, secretary.id(), cpr, EvidenceKind.CERTIFICATE, "HLR-kurs",
                LocalDate.now(NorwegianTime.ZONE).minusMonths(14), null, null));
        GapLine line = line(gaps.forPerson(employee, secretary.id()), cpr);
        assertThat(line.status()).isEqualTo(GapStatus.EXPIRED);
        assertThat(line.expiresOn()).isEqualTo(LocalDate.now(NorwegianTime.ZONE).minusMonths(14).plusMonths(12));
    }

    @Test
    void theUnitMatrixShowsStatusAsTextAndCoverage() throws Exception {
        Assessment mine = done(assessments.selfAssess(employee, notices, 2, null));
        done(assessments.validate(leader, mine.id(), mine.version(), 2, null));
        UnitMatrix matrix = gaps.forUnit(clinicLeader, clinic.id());
        var column = matrix.columns().stream().filter(c -> c.id() == notices).findFirst().orElseThrow();
        assertThat(matrix.coverage(column)).isEqualTo(1);
        mvc.perform(get("/kompetanse/enheter/" + section.id()).with(user(leader)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Solberg, Sara")))
            .andExpect(content().string(Matchers.containsString("Oppfylt")))
            .andExpect(content().string(Matchers.containsString("Ikke vurdert")))
            .andExpect(content().string(Matchers.containsString("Sårbar")))
            // a competence not yet assessed says what is required, not "Nivå – av 3"
            .andExpect(content().string(Matchers.containsString("Krav nivå 3")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("– av"))));
    }

    @Test
    void onlyThePersonTheirLeadersAndAdvisersSeeTheirCompetence() throws Exception {
        mvc.perform(get("/min-kompetanse").with(user(employee))).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Registrere henvisning")));
        mvc.perform(get("/kompetanse/personer/" + secretary.id()).with(user(leader))).andExpect(status().isOk());
        mvc.perform(get("/kompetanse/personer/" + secretary.id()).with(user(colleague)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/kompetanse/personer/" + secretary.id()).with(user(otherLeader)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/kompetanse/enheter/" + section.id()).with(user(otherLeader)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/kompetanse/enheter/" + section.id()).with(user(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/min-kompetanse")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/kompetanse/personer/" + secretary.id())).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anEmployeeCannotValidateTheirOwnOrAColleaguesAssessment() {
        Assessment mine = done(assessments.selfAssess(employee, referral, 3, null));
        assertThatThrownBy(() -> assessments.validate(employee, mine.id(), mine.version(), 3, null))
            .isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> assessments.validate(otherLeader, mine.id(), mine.version(), 3, null))
            .isInstanceOf(AccessDeniedProblem.class);
    }

    @Test
    void everyReadOfPersonalCompetenceDataIsAuditLogged() throws Exception {
        mvc.perform(get("/kompetanse/personer/" + secretary.id()).with(user(leader))).andExpect(status().isOk());
        mvc.perform(get("/kompetanse/enheter/" + section.id()).with(user(leader))).andExpect(status().isOk());
        assertThat(count(GapAnalysis.AUDIT_PERSON_COMPETENCE, secretary.id(), leader)).isEqualTo(1);
        assertThat(count(GapAnalysis.AUDIT_UNIT_COMPETENCE, section.id(), leader)).isEqualTo(1);
        mvc.perform(get("/kompetanse/personer/" + secretary.id()).with(user(otherLeader)))
            .andExpect(status().isForbidden());
        assertThat(count(GapAnalysis.AUDIT_PERSON_COMPETENCE, secretary.id(), otherLeader)).isZero();
    }

    private long count(String subjectType, long subjectId, CurrentUser actor) {
        return jdbc.sql("select count(*) from audit_event where action = 'READ' and subject_type = :type"
                + " and subject_id = :id and actor_username = :actor")
            .param("type", subjectType)
            .param("id", String.valueOf(subjectId))
            .param("actor", actor.getUsername())
            .query(Long.class)
            .single();
    }

}
