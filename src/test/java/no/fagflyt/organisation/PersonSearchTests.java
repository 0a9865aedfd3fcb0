package no.fagflyt.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import no.fagflyt.organisation.internal.Person;
import no.fagflyt.organisation.internal.PersonAdministration;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.ResultPage;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Finding active people by part of their name, for pickers in organisations of thousands. */
@IntegrationTest
class PersonSearchTests {

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    OrganisationFixture fixture;

    @Autowired
    PersonAdministration people;

    LocalDate today = LocalDate.now(NorwegianTime.ZONE);

    Unit hospital;

    Unit clinic;

    Unit section;

    @BeforeEach
    void hospital() {
        hospital = fixture.organisation("Søkesykehuset");
        clinic = fixture.unit(hospital, "Klinikk for søk", UnitKind.KLINIKK);
        section = fixture.unit(clinic, "Kontortjeneste søk", UnitKind.SEKSJON);
    }

    private ResultPage<PersonMatch> find(String text) {
        return directory.findActivePeople(hospital.organisationId(), null, text, today, 20);
    }

    @Test
    void aPartOfTheFirstLastOrFullNameMatchesWhateverTheCase() {
        fixture.person(section, "Astrid", "Berg");
        fixture.person(clinic, "Bjørn", "Astrup", "PORTOR", "Portør");
        fixture.person(section, "Carl", "Dahl");

        assertThat(find("ASTR").rows()).extracting(PersonMatch::fullName).containsExactly("Bjørn Astrup",
                "Astrid Berg");
        assertThat(find("rid be").rows()).extracting(PersonMatch::fullName).containsExactly("Astrid Berg");
        assertThat(find("Berg Ast").rows()).extracting(PersonMatch::fullName).containsExactly("Astrid Berg");
        assertThat(find("  dah ").rows()).extracting(PersonMatch::fullName).containsExactly("Carl Dahl");
        PersonMatch porter = find("bjørn").rows().get(0);
        assertThat(porter.unitName()).isEqualTo("Klinikk for søk");
        assertThat(porter.professionName()).isEqualTo("Portør");
        assertThat(porter.organisationId()).isEqualTo(hospital.organisationId());
    }

    @Test
    void lessThanTwoLettersOrOnlyWildcardsFindNoOne() {
        fixture.person(section, "Ada", "Lie");

        assertThat(find("a").rows()).isEmpty();
        assertThat(find(" ").rows()).isEmpty();
        assertThat(find("%%").rows()).isEmpty();
        assertThat(find("__").rows()).isEmpty();
    }

    @Test
    void atMostTheLimitIsReturnedInOrderOfLastNameAndMoreIsSaid() {
        for (int i = 10; i < 35; i++) {
            fixture.person(section, "Mange", "Navnesen" + i);
        }

        ResultPage<PersonMatch> found = find("navnesen");
        assertThat(found.rows()).hasSize(20);
        assertThat(found.hasNext()).isTrue();
        assertThat(found.rows().get(0).fullName()).isEqualTo("Mange Navnesen10");
        assertThat(found.rows().get(19).fullName()).isEqualTo("Mange Navnesen29");
        assertThat(directory.findActivePeople(hospital.organisationId(), null, "navnesen3", today, 20).hasNext())
            .isFalse();
    }

    @Test
    void peopleWhoHaveLeftOrNotYetStartedAreNotFound() {
        fixture.person(section, "Vera", "Aktiv");
        Person left = fixture.person(section, "Vera", "Sluttet");
        OrganisationFixture.done(people.end(left.id(), left.version(), today.minusDays(1)));
        OrganisationFixture.done(people.register(hospital.organisationId(), OrganisationFixture.unique("A"),
                new Person.PersonDetails("Vera", "Nyansatt", "HELSESEKRETAER", "Helsesekretær", section.id(),
                        new BigDecimal("100"), today.plusDays(7), null, null, null)));

        assertThat(find("vera").rows()).extracting(PersonMatch::fullName).containsExactly("Vera Aktiv");
    }

    @Test
    void peopleOfAnotherOrganisationOrOutsideTheUnitAreNotFound() {
        Person inSection = fixture.person(section, "Tove", "Felles");
        fixture.person(clinic, "Tove", "Felles");
        Unit other = fixture.organisation("Nabosykehuset");
        fixture.person(other, "Tove", "Felles");

        assertThat(find("tove felles").rows()).hasSize(2)
            .allMatch(match -> match.organisationId() == hospital.organisationId());
        assertThat(directory.findActivePeople(hospital.organisationId(), section.id(), "tove", today, 20).rows())
            .extracting(PersonMatch::id)
            .containsExactly(inSection.id());
    }

}
