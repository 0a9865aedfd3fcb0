package no.fagflyt.council;

import java.time.LocalDate;
import java.util.Set;

import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.BodyKind;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.council.body.MemberRole;
import no.fagflyt.council.body.Seat;
import no.fagflyt.council.cases.CaseCategory;
import no.fagflyt.council.cases.CouncilCase;
import no.fagflyt.council.cases.CouncilCases;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Person;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Role;
import no.fagflyt.support.OrganisationFixture;

import org.springframework.stereotype.Component;

/**
 * A small hospital with two clinics and a council: a chair (member), an employee who is not a member, and
 * an employee of another organisation. Every call builds a fresh one with unique names.
 */
@Component
public class CouncilFixture {

    public static final CurrentUser ADMIN = new CurrentUser(-1, "radstest-admin", null, null, "Administrator",
            Set.of(Role.ADMINISTRATOR), true, false);

    private final OrganisationFixture organisations;

    private final CouncilBodies bodies;

    private final CouncilCases cases;

    CouncilFixture(OrganisationFixture organisations, CouncilBodies bodies, CouncilCases cases) {
        this.organisations = organisations;
        this.bodies = bodies;
        this.cases = cases;
    }

    public record Council(Unit hospital, Unit clinicA, Unit clinicB, Unit sectionA, Body body, Person chairPerson,
            CurrentUser chair, CurrentUser employee, Person employeePerson, CurrentUser outsider,
            CurrentUser secondEmployee) {
    }

    public Council council() {
        Unit hospital = organisations.organisation("Rådssykehuset");
        Unit clinicA = organisations.unit(hospital, "Klinikk A", UnitKind.KLINIKK);
        Unit clinicB = organisations.unit(hospital, "Klinikk B", UnitKind.KLINIKK);
        Unit sectionA = organisations.unit(clinicA, "Kontortjeneste A", UnitKind.SEKSJON);
        Person chairPerson = organisations.person(sectionA, "Randi", "Rådsleder");
        Person employeePerson = organisations.person(sectionA, "Eva", "Medarbeider");
        Person secondPerson = organisations.person(clinicB, "Siv", "Sekretær");
        Unit otherHospital = organisations.organisation("Annetsykehus");
        Person outsiderPerson = organisations.person(otherHospital, "Ola", "Utenfor");
        Body body = bodies.create(hospital.organisationId(), BodyKind.RAD, OrganisationFixture.unique("Kontorfaglig råd"),
                OrganisationFixture.unique("KFR"), "Rådgivende organ for kontorfag.", "Månedlig", hospital.id());
        OrganisationFixture.done(bodies.addMember(ADMIN, body.id(), chairPerson.id(), clinicA.id(), MemberRole.LEDER,
                Seat.KLINIKK, LocalDate.now(NorwegianTime.ZONE).minusMonths(1), null));
        return new Council(hospital, clinicA, clinicB, sectionA, body, chairPerson,
                user(chairPerson, Role.RADSLEDER, null), user(employeePerson, Role.MEDARBEIDER, null), employeePerson,
                user(outsiderPerson, Role.MEDARBEIDER, null), user(secondPerson, Role.MEDARBEIDER, null));
    }

    private CurrentUser user(Person person, Role role, Unit scope) {
        return OrganisationFixture.userOf(organisations.account(person, role, scope));
    }

    public CouncilCase submit(Council council, CurrentUser who, String title, boolean confidential) {
        return OrganisationFixture.done(cases.submit(who, council.body().id(), new CouncilCases.Submission(title,
                "Beskrivelse av " + title, CaseCategory.REGISTRERINGSPRAKSIS, council.sectionA().id(), confidential)));
    }

}
