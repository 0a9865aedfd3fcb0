package no.fagflyt.competence.campaign;

import static no.fagflyt.support.OrganisationFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import no.fagflyt.competence.assessment.Assessment;
import no.fagflyt.competence.assessment.AssessmentService;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.competence.requirement.RequirementProfiles;
import no.fagflyt.competence.requirement.RequirementScope;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Person;
import no.fagflyt.organisation.internal.PersonAdministration;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * A section leader maps her section: the campaign takes everyone in the section and below, the employees
 * answer through their own self-assessment, the leader follows and closes it, and the snapshot stays as it
 * was taken. Built in a small organisation of its own.
 */
@IntegrationTest
class MappingCampaignTests {

    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CompetenceFixture competences;

    @Autowired
    MappingCampaigns campaigns;

    @Autowired
    AssessmentService assessments;

    @Autowired
    RequirementProfiles requirements;

    @Autowired
    PersonAdministration people;

    @Autowired
    JdbcClient jdbc;

    Unit section;

    Unit team;

    Unit otherSection;

    Person secretary;

    Person teamMember;

    CurrentUser employee;

    CurrentUser teamEmployee;

    CurrentUser leader;

    CurrentUser clinicLeader;

    CurrentUser coordinator;

    CurrentUser adviser;

    CurrentUser otherLeader;

    CurrentUser outsider;

    FrameworkVersion framework;

    long cpr;

    long referral;

    long notices;

    @BeforeEach
    void organisation() {
        Unit root = organisations.organisation("Kartleggingssykehuset");
        Unit clinic = organisations.unit(root, "Medisinsk klinikk", UnitKind.KLINIKK);
        section = organisations.unit(clinic, "Kontortjeneste hjerte", UnitKind.SEKSJON);
        team = organisations.unit(section, "Poliklinikkteam", UnitKind.SEKSJON);
        otherSection = organisations.unit(clinic, "Kontortjeneste lunge", UnitKind.SEKSJON);
        secretary = organisations.person(section, "Sara", "Solberg");
        teamMember = organisations.person(team, "Tone", "Teig");
        employee = userOf(secretary, Role.MEDARBEIDER, null);
        teamEmployee = userOf(teamMember, Role.MEDARBEIDER, null);
        leader = userOf(organisations.person(section, "Lise", "Leder"), Role.LEDER, section);
        coordinator = userOf(organisations.person(section, "Frida", "Fagutvikler"), Role.FAGUTVIKLINGSANSVARLIG,
                section);
        clinicLeader = OrganisationFixture.userOf(organisations.account(null, Role.LEDER, clinic));
        adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, root));
        otherLeader = userOf(organisations.person(otherSection, "Ola", "Annen"), Role.LEDER, otherSection);
        outsider = userOf(organisations.person(otherSection, "Per", "Utenfor"), Role.MEDARBEIDER, null);
        framework = competences.publishedFramework(adviser, "HLR", "Registrere henvisning",
                "Innkalling");
        cpr = competences.competenceId(framework, "C1");
        referral = competences.competenceId(framework, "C2");
        notices = competences.competenceId(framework, "C3");
        done(requirements.require(leader, RequirementScope.UNIT, String.valueOf(section.id()), referral, 2));
        done(requirements.require(leader, RequirementScope.UNIT, String.valueOf(section.id()), notices, 2));
    }

    private CurrentUser userOf(Person person, Role role, Unit scope) {
        return OrganisationFixture.userOf(organisations.account(person, role, scope));
    }

    private Campaign profileCampaign(CurrentUser by) {
        return done(campaigns.start(by, section.id(), "Kartlegging våren", LocalDate.now(NorwegianTime.ZONE).plusDays(14),
                CampaignBasis.PROFILE, Map.of()));
    }

    private Campaign chosenCampaign() {
        return done(campaigns.start(leader, section.id(), "HLR og innkalling", LocalDate.now(NorwegianTime.ZONE).plusDays(7),
                CampaignBasis.CHOSEN, Map.of(cpr, 1, notices, 2)));
    }

    private Campaign fresh(Campaign campaign) {
        return campaigns.campaign(campaign.id());
    }

    private long campaignsIn(Unit unit) {
        return jdbc.sql("select count(*) from mapping_campaign where unit_id = :u").param("u", unit.id())
            .query(Long.class).single();
    }

    private List<String> snapshotRows(Campaign campaign) {
        return jdbc.sql("""
                select person_id, competence_code, required_level, level_no, validated, status from campaign_snapshot
                where campaign_id = :c and framework_id = :framework order by person_id, competence_code
                """)
            .param("c", campaign.id())
            .param("framework", framework.frameworkId())
            .query((rs, n) -> rs.getLong(1) + ":" + rs.getString(2) + ":" + rs.getInt(3) + ":" + rs.getObject(4) + ":"
                    + rs.getBoolean(5) + ":" + rs.getString(6))
            .list();
    }

    private long audit(String action, String subjectType, Object subjectId, String actor) {
        return jdbc.sql("select count(*) from audit_event where action = :action and subject_type = :type"
                + " and subject_id = :id and actor_username = :actor")
            .param("action", action)
            .param("type", subjectType)
            .param("id", String.valueOf(subjectId))
            .param("actor", actor)
            .query(Long.class)
            .single();
    }

    @Test
    void theCampaignTakesEveryoneInTheUnitAndBelowAndKeepsThemWhenTheyMove() throws Exception {
        Campaign campaign = profileCampaign(leader);
        assertThat(campaigns.progress(leader, campaign.id()).participants()).extracting(Participant::name)
            .containsExactly("Frida Fagutvikler", "Lise Leder", "Sara Solberg", "Tone Teig");

        Person.PersonDetails details = teamMember.details();
        done(people.update(teamMember.id(), teamMember.version(), new Person.PersonDetails(details.firstName(),
                details.lastName(), details.professionCode(), details.positionTitle(), otherSection.id(),
                new BigDecimal("100"), details.startDate(), null, null, null)));
        CampaignProgress progress = campaigns.progress(leader, campaign.id());
        assertThat(progress.participants()).extracting(Participant::name).contains("Tone Teig");
        assertThat(progress.participants()).filteredOn(p -> p.name().equals("Tone Teig"))
            .extracting(Participant::unitName)
            .containsExactly("Poliklinikkteam");
        assertThat(audit("CREATE", MappingCampaigns.AUDIT_CAMPAIGN, campaign.id(), "system")).isEqualTo(1);
    }

    @Test
    void leadersCoordinatorsAndAdvisersOverTheUnitMayStartOthersAreRefused() {
        assertThat(profileCampaign(coordinator).isOpen()).isTrue();
        assertThat(profileCampaign(adviser).isOpen()).isTrue();
        assertThat(profileCampaign(clinicLeader).isOpen()).isTrue();
        for (CurrentUser refused : List.of(employee, otherLeader, outsider)) {
            assertThatThrownBy(() -> profileCampaign(refused)).isInstanceOf(AccessDeniedProblem.class);
        }
        assertThat(campaignsIn(section)).isEqualTo(3);
    }

    @Test
    void badInputIsRefusedWithANamedMessageAndNothingIsSaved() {
        LocalDate future = LocalDate.now(NorwegianTime.ZONE).plusDays(10);
        assertRefused(campaigns.start(leader, section.id(), "Kartlegging", LocalDate.now(NorwegianTime.ZONE).minusDays(1),
                CampaignBasis.PROFILE, Map.of()), "deadline", "competence.campaign.error.deadlinePast");
        assertRefused(campaigns.start(leader, section.id(), "Kartlegging", null, CampaignBasis.PROFILE, Map.of()),
                "deadline", "competence.campaign.error.deadlineRequired");
        assertRefused(campaigns.start(leader, section.id(), " ", future, CampaignBasis.PROFILE, Map.of()), "title",
                "competence.campaign.error.titleRequired");
        assertRefused(campaigns.start(leader, section.id(), "Kartlegging", future, null, Map.of()), "basis",
                "competence.campaign.error.basisRequired");
        assertRefused(campaigns.start(leader, section.id(), "Kartlegging", future, CampaignBasis.CHOSEN, Map.of()),
                "levels", "competence.campaign.error.noCompetences");
        assertRefused(campaigns.start(leader, section.id(), "Kartlegging", future, CampaignBasis.CHOSEN,
                Map.of(cpr, 1, notices, 7)), "levels", "competence.campaign.error.targetLevel");
        Unit empty = organisations.unit(section, "Tom enhet", UnitKind.SEKSJON);
        assertRefused(campaigns.start(leader, empty.id(), "Kartlegging", future, CampaignBasis.PROFILE, Map.of()),
                "unit", "competence.campaign.error.noParticipants");
        assertThat(campaignsIn(section)).isZero();
        assertThat(jdbc.sql("select count(*) from campaign_participant p join mapping_campaign c"
                + " on c.id = p.campaign_id where c.unit_id in (:units)")
            .param("units", List.of(section.id(), empty.id()))
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void theStartFormShowsTheMessagesBesideTheFields() throws Exception {
        String page = "/kompetanse/enheter/" + section.id() + "/kartlegginger/ny";
        mvc.perform(get(page).with(user(coordinator))).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Innkalling")));
        mvc.perform(post(page).with(user(leader)).with(csrf()).param("title", "Kartlegging")
            .param("deadline", LocalDate.now(NorwegianTime.ZONE).minusDays(3).format(NORWEGIAN)).param("basis", "PROFILE"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Fristen kan ikke være tilbake i tid")));
        mvc.perform(post(page).with(user(leader)).with(csrf()).param("title", "Kartlegging")
            .param("deadline", "neste fredag").param("basis", "CHOSEN"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Skriv fristen som dd.mm.åååå")));
        mvc.perform(post(page).with(user(leader)).with(csrf()).param("title", "Kartlegging")
            .param("deadline", LocalDate.now(NorwegianTime.ZONE).plusDays(3).format(NORWEGIAN)).param("basis", "CHOSEN")
            .param("levels[" + cpr + "]", "").param("levels[" + notices + "]", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Velg minst én kompetanse med målnivå")));
        assertThat(campaignsIn(section)).isZero();

        mvc.perform(post(page).with(user(leader)).with(csrf()).param("title", "HLR-runden")
            .param("deadline", LocalDate.now(NorwegianTime.ZONE).plusDays(3).format(NORWEGIAN)).param("basis", "CHOSEN")
            .param("levels[" + cpr + "]", "1").param("levels[" + notices + "]", ""))
            .andExpect(status().is3xxRedirection());
        Campaign started = campaigns.campaignsBelow(leader, section.id()).get(0).campaign();
        assertThat(started.title()).isEqualTo("HLR-runden");
        assertThat(campaigns.targets(started)).extracting(t -> t.competence().name() + " " + t.targetLevel())
            .containsExactly("HLR 1");
    }

    @Test
    void theEmployeeAnswersThroughHerOwnSelfAssessmentAndThenSaysSheIsDone() {
        Campaign campaign = chosenCampaign();
        AnswerSheet sheet = campaigns.answerSheet(employee, campaign.id());
        assertThat(sheet.lines()).extracting(l -> l.competence().name() + " " + l.requiredLevel() + " " + l.status())
            .containsExactly("HLR 1 NOT_ASSESSED", "Innkalling 2 NOT_ASSESSED");
        assertRefused(campaigns.complete(employee, campaign.id()), "done", "competence.campaign.error.unanswered");

        done(campaigns.answer(employee, campaign.id(), notices, 2));
        assertThat(assessments.assessmentsOf(List.of(secretary.id()))).extracting(Assessment::selfLevel)
            .containsExactly(2);
        assertRefused(campaigns.answer(employee, campaign.id(), referral, 2), "level",
                "competence.campaign.error.notInCampaign");
        assertRefused(campaigns.answer(employee, campaign.id(), cpr, 9), "level", "competence.error.levelNotOnScale");
        Outcome<Campaign> notYet = campaigns.complete(employee, campaign.id());
        assertThat(notYet).isInstanceOfSatisfying(Outcome.Refused.class,
                r -> assertThat(r.arguments()).containsExactly("HLR"));

        done(campaigns.answer(employee, campaign.id(), cpr, 1));
        done(campaigns.complete(employee, campaign.id()));
        assertThat(campaigns.answerSheet(employee, campaign.id()).completed()).isTrue();
        assertRefused(campaigns.complete(employee, campaign.id()), "done", "competence.campaign.error.alreadyDone");

        done(campaigns.answer(teamEmployee, campaign.id(), notices, 1));
        CampaignProgress progress = campaigns.progress(coordinator, campaign.id());
        assertThat(progress.participants()).extracting(p -> p.name() + " " + p.state())
            .containsExactly("Frida Fagutvikler NOT_STARTED", "Lise Leder NOT_STARTED", "Sara Solberg DONE",
                    "Tone Teig IN_PROGRESS");
        assertThat(progress.percentDone()).isEqualTo(25);
        assertThat(campaigns.campaignsBelow(leader, section.id())).singleElement()
            .satisfies(s -> assertThat(List.of(s.participants(), s.done(), s.inProgress(), s.notStarted()))
                .containsExactly(4, 1, 1, 2));
    }

    @Test
    void aProfileCampaignAsksForWhatIsRequiredOfEachPerson() {
        Campaign campaign = profileCampaign(leader);
        // what the test organisation's section requires, besides what the demo profession profile asks of everyone
        AnswerSheet sheet = campaigns.answerSheet(employee, campaign.id());
        assertThat(sheet.lines()).filteredOn(l -> l.competence().frameworkId() == framework.frameworkId())
            .extracting(l -> l.competence().name() + " " + l.requiredLevel())
            .containsExactly("Innkalling 2", "Registrere henvisning 2");
        assertRefused(campaigns.answer(employee, campaign.id(), cpr, 1), "level",
                "competence.campaign.error.notInCampaign");
        for (var line : sheet.lines()) {
            done(campaigns.answer(employee, campaign.id(), line.competence().id(), 1));
        }
        done(campaigns.complete(employee, campaign.id()));
    }

    @Test
    void onlyTheParticipantSeesHerSheetAndMinSideRemindsHerUntilSheIsDone() throws Exception {
        Campaign campaign = chosenCampaign();
        String sheet = "/min-kompetanse/kartlegginger/" + campaign.id();
        String item = ">HLR og innkalling</a>";
        mvc.perform(get("/min-side").with(user(employee)))
            .andExpect(content().string(Matchers.containsString(item)))
            .andExpect(content().string(
                    Matchers.containsString("frist " + LocalDate.now(NorwegianTime.ZONE).plusDays(7).format(NORWEGIAN))))
            .andExpect(content().string(Matchers.containsString(sheet)));
        mvc.perform(get("/min-side").with(user(outsider)))
            .andExpect(content().string(Matchers.not(Matchers.containsString(item))));

        mvc.perform(get(sheet).with(user(employee))).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Kompetanser å vurdere (2), 0 vurdert")));
        mvc.perform(get(sheet).with(user(outsider))).andExpect(status().isForbidden());
        mvc.perform(get(sheet).with(user(adviser))).andExpect(status().isForbidden());
        mvc.perform(get(sheet)).andExpect(redirectedUrl("/login"));

        mvc.perform(post(sheet + "/svar").with(user(employee)).with(csrf()).param("competenceId",
                String.valueOf(cpr)))
            .andExpect(redirectedUrl(sheet + "#kompetanse-" + cpr))
            .andExpect(flash().attributeExists("answerRefusal"));
        mvc.perform(post(sheet + "/ferdig").with(user(employee)).with(csrf()))
            .andExpect(flash().attributeExists("doneRefusal"));
        mvc.perform(post(sheet + "/svar").with(user(employee)).with(csrf()).param("competenceId", String.valueOf(cpr))
            .param("level", "1")).andExpect(flash().attributeExists("flash"));
        mvc.perform(post(sheet + "/svar").with(user(employee)).with(csrf())
            .param("competenceId", String.valueOf(notices)).param("level", "3"));
        mvc.perform(post(sheet + "/ferdig").with(user(employee)).with(csrf())).andExpect(redirectedUrl("/min-side"));
        mvc.perform(get("/min-side").with(user(employee)))
            .andExpect(content().string(Matchers.not(Matchers.containsString(item))));
        mvc.perform(get("/min-side").with(user(teamEmployee)))
            .andExpect(content().string(Matchers.containsString(item)));

        done(campaigns.close(leader, campaign.id(), campaign.version()));
        mvc.perform(get("/min-side").with(user(teamEmployee)))
            .andExpect(content().string(Matchers.not(Matchers.containsString(item))));
        assertRefused(campaigns.answer(teamEmployee, campaign.id(), cpr, 1), "level",
                "competence.campaign.error.closed");
        assertRefused(campaigns.complete(teamEmployee, campaign.id()), "done", "competence.campaign.error.closed");
    }

    @Test
    void leadersCoordinatorsAndAdvisersFollowTheCampaignOthersAreRefused() throws Exception {
        Campaign campaign = profileCampaign(leader);
        String page = "/kompetanse/kartlegginger/" + campaign.id();
        for (CurrentUser allowed : List.of(leader, coordinator, adviser, clinicLeader)) {
            mvc.perform(get(page).with(user(allowed))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("0 av 4 har svart (0 %)")));
        }
        for (CurrentUser refused : List.of(employee, otherLeader, outsider)) {
            mvc.perform(get(page).with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(get("/kompetanse/enheter/" + section.id() + "/kartlegginger").with(user(refused)))
                .andExpect(status().isForbidden());
            mvc.perform(post(page + "/avslutt").with(user(refused)).with(csrf()).param("version",
                    String.valueOf(campaign.version()))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/kompetanse/kartlegginger").with(user(employee))).andExpect(status().isForbidden());
        mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
        assertThat(fresh(campaign).isOpen()).isTrue();
        assertThat(audit("READ", MappingCampaigns.AUDIT_RESPONSES, campaign.id(), coordinator.getUsername()))
            .isEqualTo(1);
        assertThat(audit("READ", MappingCampaigns.AUDIT_RESPONSES, campaign.id(), otherLeader.getUsername())).isZero();
    }

    @Test
    void closingKeepsADatedSnapshotThatLaterAssessmentsDoNotChange() {
        Campaign campaign = profileCampaign(leader);
        Assessment mine = done(campaigns.answer(employee, campaign.id(), referral, 3));
        done(assessments.validate(leader, mine.id(), mine.version(), 3, null));
        done(campaigns.answer(teamEmployee, campaign.id(), notices, 1));

        Campaign closed = done(campaigns.close(coordinator, campaign.id(), campaign.version()));
        assertThat(closed.closedOn()).isEqualTo(LocalDate.now(NorwegianTime.ZONE));
        assertThat(closed.closedBy()).isEqualTo(coordinator.displayName());
        List<String> rows = snapshotRows(campaign);
        assertThat(rows).hasSize(8)
            .contains(secretary.id() + ":C2:2:3:true:MET", secretary.id() + ":C3:2:null:false:NOT_ASSESSED",
                    teamMember.id() + ":C3:2:1:false:BELOW");

        done(assessments.selfAssess(employee, notices, 3, null));
        assertRefused(campaigns.close(leader, campaign.id(), fresh(campaign).version()), "version",
                "competence.campaign.error.alreadyClosed");
        assertThatThrownBy(() -> campaigns.close(leader, campaign.id(), campaign.version()))
            .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(snapshotRows(campaign)).isEqualTo(rows);
        assertThat(fresh(campaign).closedBy()).isEqualTo(coordinator.displayName());
        assertThat(audit("UPDATE", MappingCampaigns.AUDIT_CAMPAIGN, campaign.id(), "system")).isEqualTo(1);
    }

    @Test
    void twoLeadersClosingAtOnceAreToldSomeoneElseWasFirst() throws Exception {
        Campaign campaign = profileCampaign(leader);
        String page = "/kompetanse/kartlegginger/" + campaign.id();
        int seen = campaign.version();
        mvc.perform(post(page + "/avslutt").with(user(clinicLeader)).with(csrf())
            .param("version", String.valueOf(seen)))
            .andExpect(redirectedUrl(page + "/resultat"));
        mvc.perform(post(page + "/avslutt").with(user(leader)).with(csrf()).param("version", String.valueOf(seen)))
            .andExpect(redirectedUrl(page))
            .andExpect(flash().attribute("conflict", true));
        mvc.perform(get(page).with(user(leader)).flashAttr("conflict", true))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Noen andre har endret dette")))
            .andExpect(content().string(Matchers.containsString("Avsluttet")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"close-campaign\""))));
        assertThat(snapshotRows(campaign)).hasSize(8);
    }

    @Test
    void closingAtTheSameMomentWritesTheSnapshotOnce() throws Exception {
        Campaign campaign = profileCampaign(leader);
        int seen = campaign.version();
        java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Object>> results = pool.invokeAll(List.of(leader, clinicLeader)
                .stream()
                .map(closer -> (java.util.concurrent.Callable<Object>) () -> {
                    barrier.await();
                    try {
                        return campaigns.close(closer, campaign.id(), seen);
                    }
                    catch (org.springframework.dao.ConcurrencyFailureException conflict) {
                        return conflict;
                    }
                })
                .toList());
            List<Object> outcomes = new java.util.ArrayList<>();
            for (var result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(o -> o instanceof Outcome.Done<?>).hasSize(1);
        }
        finally {
            pool.shutdown();
        }
        assertThat(snapshotRows(campaign)).hasSize(8);
    }

    @Test
    void theResultShowsCountsToAllWhoFollowAndPersonalRowsOnlyToThoseWhoSeeThePeople() throws Exception {
        Campaign campaign = profileCampaign(leader);
        done(campaigns.answer(employee, campaign.id(), referral, 2));
        done(campaigns.close(leader, campaign.id(), campaign.version()));
        String page = "/kompetanse/kartlegginger/" + campaign.id() + "/resultat";

        mvc.perform(get(page).with(user(leader))).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("id=\"snapshot-counts\"")))
            .andExpect(content().string(Matchers.containsString("id=\"snapshot-people\"")))
            .andExpect(content().string(Matchers.containsString("Sara Solberg")));
        mvc.perform(get(page).with(user(coordinator))).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("id=\"snapshot-counts\"")))
            .andExpect(content().string(Matchers.containsString("Nivåene til den enkelte ser bare ledere")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Sara Solberg"))));
        mvc.perform(get(page).with(user(otherLeader))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(user(employee))).andExpect(status().isForbidden());

        assertThat(audit("READ", CampaignResults.AUDIT_SNAPSHOT, campaign.id(), leader.getUsername())).isEqualTo(1);
        assertThat(audit("READ", CampaignResults.AUDIT_SNAPSHOT, campaign.id(), coordinator.getUsername()))
            .isEqualTo(1);
        assertThat(jdbc.sql("select details from audit_event where subject_type = :type and subject_id = :id"
                + " and actor_username = :actor")
            .param("type", CampaignResults.AUDIT_SNAPSHOT)
            .param("id", String.valueOf(campaign.id()))
            .param("actor", leader.getUsername())
            .query(String.class)
            .single()).isEqualTo("Øyeblikksbilde med " + jdbc.sql("select count(*) from campaign_snapshot where"
                    + " campaign_id = :c").param("c", campaign.id()).query(Long.class).single() + " personlige linjer");
    }

    private static void assertRefused(Outcome<?> outcome, String field, String messageKey) {
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
    }

}
