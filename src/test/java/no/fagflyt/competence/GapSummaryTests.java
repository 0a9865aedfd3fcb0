package no.fagflyt.competence;

import static no.fagflyt.support.OrganisationFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.fagflyt.competence.assessment.Assessment;
import no.fagflyt.competence.assessment.AssessmentService;
import no.fagflyt.competence.assessment.EvidenceKind;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.competence.requirement.RequirementProfiles;
import no.fagflyt.competence.requirement.RequirementScope;
import no.fagflyt.competence.task.TaskCatalogue;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Person;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Role;
import no.fagflyt.support.CompetenceFixture;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;
import no.fagflyt.support.TestClock;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A clinic with two sections and one person placed in the clinic itself; requirements by unit (two levels
 * on one competence), by a position title, and by a task with one performer; every status among five
 * people. The clinic's summary must count exactly what the per-person gap analysis says of the same people.
 */
@IntegrationTest
class GapSummaryTests {

    @Autowired
    TestClock clock;

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
    TaskCatalogue tasks;

    @Autowired
    GapAnalysis gaps;

    @Autowired
    GapSummaries summaries;

    @Autowired
    JdbcClient jdbc;

    Unit clinic;

    Unit sectionA;

    Unit sectionB;

    List<Person> people;

    Person anna;

    Person bjorn;

    Person cecilie;

    Person david;

    CurrentUser clinicLeader;

    CurrentUser sectionLeader;

    CurrentUser otherLeader;

    CurrentUser employee;

    CurrentUser adviser;

    long cpr;

    long referral;

    long switchboard;

    @BeforeEach
    void organisation() {
        Unit root = organisations.organisation("Oversiktsykehuset");
        clinic = organisations.unit(root, "Kirurgisk klinikk", UnitKind.KLINIKK);
        sectionA = organisations.unit(clinic, "Poliklinikk ortopedi", UnitKind.SEKSJON);
        sectionB = organisations.unit(clinic, "Sengepost kirurgi", UnitKind.SEKSJON);
        Unit otherClinic = organisations.unit(root, "Medisinsk klinikk", UnitKind.KLINIKK);
        String coordinator = OrganisationFixture.unique("Merkantil koordinator");
        anna = organisations.person(sectionA, "Anna", "Alm");
        bjorn = organisations.person(sectionA, "Bjørn", "Berg", "KONTORMEDARBEIDER", "Kontormedarbeider");
        cecilie = organisations.person(sectionB, "Cecilie", "Dal");
        david = organisations.person(sectionB, "David", "Eng", "KONTORMEDARBEIDER", coordinator);
        Person eva = organisations.person(clinic, "Eva", "Fjell", "KONTORMEDARBEIDER", coordinator);
        people = List.of(anna, bjorn, cecilie, david, eva);
        employee = OrganisationFixture.userOf(organisations.account(anna, Role.MEDARBEIDER, null));
        clinicLeader = OrganisationFixture.userOf(organisations.account(null, Role.LEDER, clinic));
        sectionLeader = OrganisationFixture.userOf(organisations.account(null, Role.LEDER, sectionA));
        otherLeader = OrganisationFixture.userOf(organisations.account(null, Role.LEDER, otherClinic));
        adviser = OrganisationFixture.userOf(organisations.account(null, Role.KOMPETANSERADGIVER, root));
        FrameworkVersion framework = competences.publishedFramework(adviser, "HLR i oversikten",
                "Henvisning i oversikten", "Sentralbord i oversikten");
        cpr = competences.competenceId(framework, "C1");
        referral = competences.competenceId(framework, "C2");
        switchboard = competences.competenceId(framework, "C3");

        done(requirements.require(clinicLeader, RequirementScope.UNIT, String.valueOf(clinic.id()), cpr, 1));
        done(requirements.require(clinicLeader, RequirementScope.UNIT, String.valueOf(clinic.id()), referral, 2));
        done(requirements.require(sectionLeader, RequirementScope.UNIT, String.valueOf(sectionA.id()), referral, 3));
        done(requirements.require(adviser, RequirementScope.POSITION, coordinator, switchboard, 1));
        long task = done(tasks.createTask(adviser, OrganisationFixture.unique("SB"), "Sentralbord", null));
        long unitTask = done(tasks.adopt(clinicLeader, sectionB.id(), task));
        tasks.setPerformers(clinicLeader, unitTask, List.of(), List.of(cecilie.id()));
        done(tasks.require(clinicLeader, unitTask, switchboard, 2));

        LocalDate today = LocalDate.now(NorwegianTime.ZONE);
        // Anna: referral met and validated; CPR met but her certificate runs out in 30 days.
        Assessment annaReferral = done(assessments.selfAssess(employee, referral, 3, null));
        done(assessments.validate(clinicLeader, annaReferral.id(), annaReferral.version(), 3, null));
        done(assessments.selfAssess(employee, cpr, 2, null));
        done(assessments.addEvidence(employee, anna.id(), cpr, EvidenceKind.CERTIFICATE, "HLR-kurs",
                today.minusMonths(11), today.plusDays(30), null));
        // Bjørn: below the section's level 3 in referral; his CPR certificate ran out ten days ago.
        CurrentUser bjornUser = userOf(bjorn);
        done(assessments.selfAssess(bjornUser, referral, 2, null));
        done(assessments.selfAssess(bjornUser, cpr, 2, null));
        done(assessments.addEvidence(bjornUser, bjorn.id(), cpr, EvidenceKind.CERTIFICATE, "HLR-kurs",
                today.minusMonths(13), today.minusDays(10), null));
        // Cecilie: the clinic's level 2 in referral met, not validated; switchboard (her task) below.
        CurrentUser cecilieUser = userOf(cecilie);
        done(assessments.selfAssess(cecilieUser, referral, 2, null));
        done(assessments.selfAssess(cecilieUser, switchboard, 1, null));
        // David and Eva have assessed nothing.
    }

    private CurrentUser userOf(Person person) {
        return OrganisationFixture.userOf(organisations.account(person, Role.MEDARBEIDER, null));
    }

    @Test
    void theSummaryCountsWhatThePersonGapAnalysisSaysOfTheSamePeople() {
        LocalDate today = LocalDate.now(NorwegianTime.ZONE);
        GapCounts total = new GapCounts();
        Map<Long, GapCounts> byCompetence = new HashMap<>();
        Map<String, GapCounts> byUnit = new HashMap<>();
        Map<String, GapCounts> byProfession = new HashMap<>();
        for (Person person : people) {
            PersonGaps record = gaps.forPerson(adviser, person.id());
            String unitRow = record.person().unitId() == sectionA.id() ? sectionA.name()
                    : record.person().unitId() == sectionB.id() ? sectionB.name() : clinic.name();
            for (GapLine line : record.required()) {
                total.add(line, today);
                byCompetence.computeIfAbsent(line.competence().id(), k -> new GapCounts()).add(line, today);
                byUnit.computeIfAbsent(unitRow, k -> new GapCounts()).add(line, today);
                byProfession.computeIfAbsent(record.person().professionName(), k -> new GapCounts()).add(line, today);
            }
        }

        GapSummary summary = summaries.forUnit(clinicLeader, clinic.id());

        assertThat(summary.people()).isEqualTo(5);
        assertThat(summary.total()).usingRecursiveComparison().isEqualTo(total);
        // The fixture's own numbers (the demo data's profession profiles add their own), so the comparison
        // cannot pass on two empty results.
        assertThat(List.of(cpr, referral, switchboard).stream().map(byCompetence::get)
            .map(c -> List.of(c.required(), c.met(), c.notValidated(), c.below(), c.notAssessed(), c.expired(),
                    c.expiringSoon())))
            .containsExactly(List.of(5, 1, 1, 0, 3, 1, 1), List.of(5, 2, 1, 1, 2, 0, 0), List.of(3, 0, 0, 1, 2, 0, 0));
        assertThat(summary.competences()).hasSize(byCompetence.size());
        for (GapSummary.ByCompetence row : summary.competences()) {
            assertThat(row.counts()).as(row.competence().name())
                .usingRecursiveComparison()
                .isEqualTo(byCompetence.get(row.competence().id()));
        }
        assertThat(summary.competences()).as("most gaps first")
            .isSortedAccordingTo((a, b) -> Integer.compare(b.counts().gaps(), a.counts().gaps()));
        assertThat(summary.units()).extracting(GapSummary.ByGroup::name, GapSummary.ByGroup::direct,
                GapSummary.ByGroup::people)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(clinic.name(), true, 1),
                    org.assertj.core.groups.Tuple.tuple(sectionA.name(), false, 2),
                    org.assertj.core.groups.Tuple.tuple(sectionB.name(), false, 2));
        for (GapSummary.ByGroup row : summary.units()) {
            assertThat(row.counts()).as(row.name()).usingRecursiveComparison().isEqualTo(byUnit.get(row.name()));
        }
        assertThat(summary.professions()).extracting(GapSummary.ByGroup::name)
            .containsExactly("Helsesekretær", "Kontormedarbeider");
        for (GapSummary.ByGroup row : summary.professions()) {
            assertThat(row.counts()).as(row.name()).usingRecursiveComparison().isEqualTo(byProfession.get(row.name()));
        }
    }

    @Test
    void theSummaryAgreesWithTheUnitMatrix() {
        LocalDate today = LocalDate.now(NorwegianTime.ZONE);
        GapCounts fromMatrix = new GapCounts();
        gaps.forUnit(clinicLeader, clinic.id()).rows().forEach(row -> row.cells().values()
            .forEach(line -> fromMatrix.add(line, today)));
        assertThat(summaries.forUnit(clinicLeader, clinic.id()).total()).usingRecursiveComparison()
            .isEqualTo(fromMatrix);
        // A section's summary holds only its own people, with the requirements of the clinic above it.
        GapSummary section = summaries.forUnit(sectionLeader, sectionA.id());
        assertThat(section.people()).isEqualTo(2);
        assertThat(section.units()).singleElement().satisfies(row -> assertThat(row.direct()).isTrue());
        assertThat(section.competences()).filteredOn(c -> c.competence().id() == cpr || c.competence().id() == referral)
            .extracting(c -> c.counts().required())
            .containsOnly(2);
        assertThat(section.competences()).noneMatch(c -> c.competence().id() == switchboard);
    }

    @Test
    void leadersOfTheUnitOrAboveAndAdvisersSeeTheSummaryOthersDoNot() throws Exception {
        String page = "/kompetanse/enheter/" + clinic.id() + "/oversikt";
        mvc.perform(get(page).with(user(clinicLeader)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Gapoversikt: Kirurgisk klinikk")))
            .andExpect(content().string(containsString("role=\"img\"")))
            .andExpect(content().string(containsString("Direkte i Kirurgisk klinikk")))
            .andExpect(content().string(containsString("Kontormedarbeider")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Alm"))));
        mvc.perform(get(page).with(user(adviser))).andExpect(status().isOk());
        mvc.perform(get("/kompetanse/enheter/" + sectionA.id() + "/oversikt").with(user(sectionLeader)))
            .andExpect(status().isOk());
        mvc.perform(get(page).with(user(sectionLeader))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(user(otherLeader))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(user(employee))).andExpect(status().isForbidden());
        mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
        assertThatThrownBy(() -> summaries.forUnit(otherLeader, clinic.id())).isInstanceOf(AccessDeniedProblem.class);
    }

    @Test
    void theWorkbookHoldsTheMatrixWithStatusTextColourAndFrozenHeaders() throws Exception {
        byte[] file = mvc.perform(get("/kompetanse/enheter/" + clinic.id() + "/matrise.xlsx")
            .param("sorter", "mangler").with(user(clinicLeader)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", UnitMatrixExport.CONTENT_TYPE))
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        UnitMatrix matrix = gaps.forUnit(clinicLeader, clinic.id()).sorted(true);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kompetansematrise: Kirurgisk klinikk");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                .startsWith("Per " + NorwegianTime.date(LocalDate.now(clock)))
                .contains("5 personer og " + matrix.columns().size() + " kompetanser");
            Row header = sheet.getRow(UnitMatrixExport.HEADER_ROW);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            List<String> expected = new ArrayList<>(List.of("Navn"));
            matrix.columns().forEach(c -> expected.add(c.name()));
            expected.add("Mangler");
            assertThat(headers).isEqualTo(expected);
            List<String> names = new ArrayList<>();
            for (int r = UnitMatrixExport.HEADER_ROW + 1; r <= UnitMatrixExport.HEADER_ROW + 5; r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(names).as("the page's order, most gaps first")
                .isEqualTo(matrix.rows().stream().map(r -> r.person().lastName() + ", " + r.person().firstName()).toList());
            Row annaRow = sheet.getRow(UnitMatrixExport.HEADER_ROW + 1 + names.indexOf("Alm, Anna"));
            int referralColumn = headers.indexOf("Henvisning i oversikten");
            assertThat(annaRow.getCell(referralColumn).getStringCellValue()).isEqualTo("Oppfylt, nivå 3 av 3");
            XSSFCellStyle met = (XSSFCellStyle) annaRow.getCell(referralColumn).getCellStyle();
            assertThat(met.getFillForegroundColorColor().getARGBHex()).endsWith("E7F4EA");
            assertThat(annaRow.getCell(headers.indexOf("HLR i oversikten")).getStringCellValue())
                .startsWith("Oppfylt, ikke validert, nivå 2 av 1").contains("Utløper");
            Row bjornRow = sheet.getRow(UnitMatrixExport.HEADER_ROW + 1 + names.indexOf("Berg, Bjørn"));
            assertThat(bjornRow.getCell(headers.indexOf("HLR i oversikten")).getStringCellValue()).startsWith("Utløpt");
            assertThat(((XSSFCellStyle) bjornRow.getCell(headers.indexOf("HLR i oversikten")).getCellStyle())
                .getFillForegroundColorColor().getARGBHex()).endsWith("FDECEA");
            assertThat(annaRow.getCell(headers.indexOf("Sentralbord i oversikten")).getStringCellValue()).isEqualTo("Ikke krav");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (UnitMatrixExport.HEADER_ROW + 1));
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void atHalfPastElevenUtcTheSummaryAndTheWorkbookAreAlreadyOnTomorrowInNorway() throws Exception {
        LocalDate utcToday = LocalDate.now(ZoneOffset.UTC);
        clock.setInstant(utcToday.atTime(23, 30).toInstant(ZoneOffset.UTC));
        assertThat(summaries.forUnit(clinicLeader, clinic.id()).today()).isEqualTo(utcToday.plusDays(1));
        mvc.perform(get("/kompetanse/enheter/" + clinic.id() + "/matrise.xlsx").with(user(clinicLeader)))
            .andExpect(header().string("Content-Disposition", containsString(utcToday.plusDays(1) + ".xlsx")));
        theWorkbookHoldsTheMatrixWithStatusTextColourAndFrozenHeaders();
    }

    @Test
    void theWorkbookFollowsTheMatrixAccessRuleAndIsAuditLogged() throws Exception {
        String file = "/kompetanse/enheter/" + clinic.id() + "/matrise.xlsx";
        mvc.perform(get(file).with(user(otherLeader))).andExpect(status().isForbidden());
        mvc.perform(get(file).with(user(employee))).andExpect(status().isForbidden());
        mvc.perform(get(file).with(user(sectionLeader))).andExpect(status().isForbidden());
        mvc.perform(get(file)).andExpect(redirectedUrl("/login"));
        assertThat(count(UnitMatrixExport.AUDIT_EXPORT, clinic.id(), otherLeader)).isZero();

        mvc.perform(get(file).with(user(adviser))).andExpect(status().isOk());
        assertThat(count(UnitMatrixExport.AUDIT_EXPORT, clinic.id(), adviser)).isEqualTo(1);
        assertThat(count(GapAnalysis.AUDIT_UNIT_COMPETENCE, clinic.id(), adviser)).isEqualTo(1);
        mvc.perform(get("/kompetanse/enheter/" + clinic.id() + "/oversikt").with(user(adviser)))
            .andExpect(status().isOk());
        assertThat(count(GapSummaries.AUDIT_SUMMARY, clinic.id(), adviser)).isEqualTo(1);
    }

    @Test
    void theMatrixSortsByACompetenceColumnWorstFirstAndSaysSoInAriaSort() throws Exception {
        UnitMatrix matrix = gaps.forUnit(clinicLeader, clinic.id());
        UnitMatrix byReferral = matrix.sorted(UnitMatrix.Order.natural(UnitMatrix.SortKey.COMPETENCE, referral));
        // Not assessed (David, Eva), below (Bjørn), met not validated (Cecilie), met (Anna).
        assertThat(byReferral.rows()).extracting(r -> r.person().lastName())
            .containsExactly("Eng", "Fjell", "Berg", "Dal", "Alm");
        UnitMatrix bySwitchboard = matrix
            .sorted(UnitMatrix.Order.natural(UnitMatrix.SortKey.COMPETENCE, switchboard).reversed());
        // Best first among those it applies to; those it does not apply to last.
        assertThat(bySwitchboard.rows()).extracting(r -> r.person().lastName())
            .containsExactly("Dal", "Eng", "Fjell", "Alm", "Berg");

        String page = mvc.perform(get("/kompetanse/enheter/" + clinic.id()).param("sorter", "kompetanse-" + referral)
            .with(user(clinicLeader)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).containsOnlyOnce("aria-sort=")
            .contains("aria-sort=\"descending\"")
            .contains("value=\"kompetanse-" + referral + "-stigende\"")
            .contains("sortert etter status i Henvisning i oversikten, alvorligste først");
        assertThat(page.indexOf("Eng, David")).isLessThan(page.indexOf("Berg, Bjørn"));
        assertThat(page.indexOf("Berg, Bjørn")).isLessThan(page.indexOf("Alm, Anna"));
        assertThat(page).contains("matrise.xlsx?sorter=kompetanse-" + referral);
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
