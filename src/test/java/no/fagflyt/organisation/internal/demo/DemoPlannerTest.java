package no.fagflyt.organisation.internal.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.demo.DataPlan.OrganisationPlan;
import no.fagflyt.organisation.internal.demo.DataPlan.PersonPlan;
import no.fagflyt.organisation.internal.demo.DataPlan.UnitPlan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theSameSeedAndDayGiveTheSameData() {
        assertThat(new DemoPlanner(7, TODAY).plan()).isEqualTo(new DemoPlanner(7, TODAY).plan());
        assertThat(new DemoPlanner(7, TODAY).plan()).isNotEqualTo(new DemoPlanner(8, TODAY).plan());
    }

    @Test
    void hasTheUnitsOtherCodeReliesOn() {
        Map<String, UnitPlan> units = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (OrganisationPlan organisation : new DemoPlanner(1, TODAY).plan().organisations()) {
            organisation.root().visit(unit -> {
                assertThat(units.put(unit.code(), unit)).as("code %s used once", unit.code()).isNull();
                unit.children().forEach(child -> parents.put(child.code(), unit.code()));
            });
        }
        assertThat(units).containsKeys("SIV", "MKK", "MKK-MED", "MKK-MED-KONTOR", "PHR", "PHR-BUP", "PHR-DPS", "FMR",
                "KMD", "PRE", "SERV", "TBG", "TBG-HJEM", "LVK", "HOL");
        assertThat(units.get("SIV").kind()).isEqualTo(UnitKind.HELSEFORETAK);
        assertThat(units.get("SERV").kind()).isEqualTo(UnitKind.DIVISJON);
        assertThat(units.get("TBG").kind()).isEqualTo(UnitKind.KOMMUNE);
        assertThat(units.get("MKK-MED").kind()).isEqualTo(UnitKind.AVDELING);
        assertThat(units.get("MKK-MED-KONTOR").kind()).isEqualTo(UnitKind.SEKSJON);
        assertThat(units.get("MKK-MED-KONTOR").name()).isEqualTo("Kontortjeneste medisin");
        assertThat(units.get("TBG-HJEM").kind()).isEqualTo(UnitKind.VIRKSOMHET);
        assertThat(parents).containsEntry("MKK-MED-KONTOR", "MKK-MED")
            .containsEntry("MKK-MED", "MKK")
            .containsEntry("PHR-BUP", "PHR")
            .containsEntry("TBG-HJEM", "TBG");
        assertThat(units.values()).filteredOn(unit -> unit.kind() == UnitKind.STAB)
            .extracting(UnitPlan::name)
            .contains("Fag og forskning", "Analyseavdelingen", "E-helse", "Avdeling for kompetanse og utdanning");
    }

    @Test
    void hasAboutThreeHundredPlausiblePeople() {
        DataPlan plan = new DemoPlanner(1, TODAY).plan();
        List<PersonPlan> people = plan.organisations().stream().flatMap(o -> o.people().stream()).toList();
        assertThat(people).hasSizeBetween(280, 320);
        assertThat(plan.organisations().get(0).people().size()).isGreaterThan(people.size() / 2);
        assertThat(people).filteredOn(p -> p.unitCode().equals("MKK-MED-KONTOR")
                && p.professionCode().equals("HELSESEKRETAER")).hasSizeGreaterThanOrEqualTo(12);
        for (OrganisationPlan organisation : plan.organisations()) {
            Set<String> numbers = new HashSet<>();
            Set<String> emails = new HashSet<>();
            organisation.people().forEach(p -> {
                assertThat(numbers.add(p.employeeNumber())).isTrue();
                assertThat(emails.add(p.email())).isTrue();
            });
        }
        assertThat(people).allSatisfy(p -> {
            assertThat(p.startDate()).isBefore(TODAY);
            assertThat(p.endDate() == null || !p.endDate().isBefore(p.startDate())).isTrue();
            assertThat(p.employmentPercent()).isBetween(1, 100);
            assertThat(p.email()).matches("[a-z0-9.-]+@[a-z.]+");
        });
        assertThat(people).anyMatch(p -> p.endDate() != null).anyMatch(p -> p.hprNumber() != null);
        assertThat(people).extracting(PersonPlan::professionCode)
            .contains("HELSESEKRETAER", "SEKRETAER", "KONTORMEDARBEIDER", "PORTOR", "APOTEKTEKNIKER",
                    "HELSEFAGARBEIDER", "SYKEPLEIER", "LEGE", "LEDER");
        assertThat(plan.accounts()).extracting(DataPlan.AccountPlan::username)
            .containsExactlyInAnyOrder("admin", "leder", "ansatt", "fagutvikler", "klinikksjef", "bupleder",
                    "radgiver", "radsleder", "kommuneleder");
    }

    @Test
    void scalePlansAreRepeatableAndPlaceEveryone() {
        ScalePlanner first = new ScalePlanner(10_000, 50, 3, TODAY);
        ScalePlanner second = new ScalePlanner(10_000, 50, 3, TODAY);
        int total = 0;
        for (int i = 0; i < first.organisationCount(); i++) {
            OrganisationPlan organisation = first.organisation(i);
            assertThat(organisation).isEqualTo(second.organisation(i));
            assertThat(organisation.people()).hasSize(first.peopleIn(i));
            Set<String> codes = new HashSet<>();
            organisation.root().visit(unit -> assertThat(codes.add(unit.code())).isTrue());
            assertThat(organisation.people()).allSatisfy(p -> assertThat(codes).contains(p.unitCode()));
            total += organisation.people().size();
        }
        assertThat(total).isEqualTo(10_000);
        assertThat(ScalePlanner.organisationsFor(200_000)).isEqualTo(1000);
    }

}
