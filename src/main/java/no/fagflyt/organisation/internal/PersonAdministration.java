package no.fagflyt.organisation.internal;

import java.time.LocalDate;

import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers, changes and ends employees, with the rules an HR import must also pass. */
@Service
public class PersonAdministration {

    private final PersonRepository people;

    private final UnitRepository units;

    private final JdbcClient jdbc;

    private final AuditLog auditLog;

    PersonAdministration(PersonRepository people, UnitRepository units, JdbcClient jdbc, AuditLog auditLog) {
        this.people = people;
        this.units = units;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    @Transactional
    public Outcome<Person> register(long organisationId, String employeeNumber, Person.PersonDetails details) {
        String number = employeeNumber.strip();
        if (people.findByOrganisationIdAndEmployeeNumber(organisationId, number).isPresent()) {
            return Outcome.refused("employeeNumber", "person.error.employeeNumberTaken", number);
        }
        Outcome<Person> refusal = check(organisationId, details);
        if (refusal != null) {
            return refusal;
        }
        Person person = people.save(new Person(organisationId, number, details));
        auditLog.record(AuditAction.CREATE, OrganisationDirectory.AUDIT_PERSON, person.id(), person.fullName(), null);
        return Outcome.done(person);
    }

    @Transactional
    public Outcome<Person> update(long personId, int seenVersion, Person.PersonDetails details) {
        Person person = load(personId);
        person.expectVersion(seenVersion);
        Outcome<Person> refusal = check(person.organisationId(), details);
        if (refusal != null) {
            return refusal;
        }
        if (person.update(details)) {
            person = people.save(person);
            auditLog.record(AuditAction.UPDATE, OrganisationDirectory.AUDIT_PERSON, person.id(), person.fullName(),
                    null);
        }
        return Outcome.done(person);
    }

    /** Sets the last working day; the person stays in the register for history. */
    @Transactional
    public Outcome<Person> end(long personId, int seenVersion, LocalDate lastDay) {
        Person person = load(personId);
        person.expectVersion(seenVersion);
        var details = person.details();
        if (lastDay.isBefore(details.startDate())) {
            return Outcome.refused("endDate", "person.error.endBeforeStart");
        }
        person.update(new Person.PersonDetails(details.firstName(), details.lastName(), details.professionCode(),
                details.positionTitle(), details.unitId(), details.employmentPercent(), details.startDate(), lastDay,
                details.hprNumber(), details.email()));
        person = people.save(person);
        auditLog.record(AuditAction.END, OrganisationDirectory.AUDIT_PERSON, person.id(), person.fullName(),
                "Siste arbeidsdag " + lastDay);
        return Outcome.done(person);
    }

    /** Rules beyond field format: the unit belongs to the organisation, the profession exists, dates agree. */
    @org.jspecify.annotations.Nullable Outcome<Person> check(long organisationId, Person.PersonDetails details) {
        var unit = units.findById(details.unitId());
        if (unit.isEmpty() || unit.get().organisationId() != organisationId) {
            return Outcome.refused("unitId", "person.error.unitUnknown");
        }
        if (unit.get().endedOn() != null) {
            return Outcome.refused("unitId", "person.error.unitEnded", unit.get().name());
        }
        boolean professionExists = jdbc.sql("select count(*) from profession where code = :code")
            .param("code", details.professionCode())
            .query(Long.class)
            .single() > 0;
        if (!professionExists) {
            return Outcome.refused("professionCode", "person.error.professionUnknown");
        }
        if (details.endDate() != null && details.endDate().isBefore(details.startDate())) {
            return Outcome.refused("endDate", "person.error.endBeforeStart");
        }
        return null;
    }

    Person load(long personId) {
        return people.findById(personId).orElseThrow(() -> new NotFoundProblem("Person " + personId));
    }

}
