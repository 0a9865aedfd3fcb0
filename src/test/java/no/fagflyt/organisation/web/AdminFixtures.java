package no.fagflyt.organisation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import no.fagflyt.organisation.OrganisationKind;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Person;
import no.fagflyt.organisation.internal.PersonAdministration;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.organisation.internal.UnitAdministration;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.Role;

/** Builds what the admin tests change, in an organisation of their own, so demo data never gets in the way. */
final class AdminFixtures {

    private AdminFixtures() {
    }

    static CurrentUser administrator() {
        return new CurrentUser(900_001L, "test-admin", null, null, "Test Administrator", Set.of(Role.ADMINISTRATOR),
                true, false);
    }

    static CurrentUser employee() {
        return new CurrentUser(900_002L, "test-employee", null, null, "Test Medarbeider",
                Set.of(Role.MEDARBEIDER, Role.LEDER), true, false);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Unit organisation(UnitAdministration units, String name) {
        return done(units.createOrganisation(name, OrganisationKind.HELSEFORETAK, null, "ROOT"));
    }

    static Unit unit(UnitAdministration units, Unit parent, String code) {
        return done(units.createUnit(parent.id(), code, "Enhet " + code, UnitKind.SEKSJON, LocalDate.now(NorwegianTime.ZONE)));
    }

    static Person person(PersonAdministration people, Unit unit, String employeeNumber) {
        return done(people.register(unit.organisationId(), employeeNumber,
                new Person.PersonDetails("Kari", "Nordmann " + employeeNumber, "HELSESEKRETAER", "Helsesekretær",
                        unit.id(), new BigDecimal("80"), LocalDate.of(2020, 1, 1), null, null, null)));
    }

    static <T> T done(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Done<T> done) {
            return done.value();
        }
        throw new IllegalStateException("Refused: " + outcome);
    }

}
