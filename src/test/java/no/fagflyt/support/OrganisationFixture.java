package no.fagflyt.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import no.fagflyt.organisation.OrganisationKind;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Account;
import no.fagflyt.organisation.internal.AccountAdministration;
import no.fagflyt.organisation.internal.AccountRepository;
import no.fagflyt.organisation.internal.Person;
import no.fagflyt.organisation.internal.PersonAdministration;
import no.fagflyt.organisation.internal.RoleGrant;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.organisation.internal.UnitAdministration;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.Role;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds small organisations through the real administration services, each with unique names, so
 * tests that share one database never trip over each other or over the demo data.
 */
@Component
public class OrganisationFixture {

    public static final String PASSWORD = "et-langt-testpassord";

    private final UnitAdministration units;

    private final PersonAdministration people;

    private final AccountAdministration accounts;

    private final AccountRepository accountRepository;

    private final JdbcClient jdbc;

    OrganisationFixture(UnitAdministration units, PersonAdministration people, AccountAdministration accounts,
            AccountRepository accountRepository, JdbcClient jdbc) {
        this.units = units;
        this.people = people;
        this.accounts = accounts;
        this.accountRepository = accountRepository;
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Unit organisation(String name) {
        return done(units.createOrganisation(unique(name), OrganisationKind.HELSEFORETAK, null, unique("ROOT")));
    }

    public Unit unit(Unit parent, String name, UnitKind kind) {
        return done(units.createUnit(parent.id(), unique("U"), name, kind, LocalDate.now(NorwegianTime.ZONE)));
    }

    public Person person(Unit unit, String firstName, String lastName) {
        return person(unit, firstName, lastName, "HELSESEKRETAER", "Helsesekretær");
    }

    /** A person of another profession or position title, e.g. a unique title only a test's requirement uses. */
    public Person person(Unit unit, String firstName, String lastName, String professionCode, String positionTitle) {
        var details = new Person.PersonDetails(firstName, lastName, professionCode, positionTitle, unit.id(),
                new BigDecimal("100"), LocalDate.now(NorwegianTime.ZONE).minusYears(2), null, null, null);
        return done(people.register(unit.organisationId(), unique("A"), details));
    }

    /** An account whose password the person has already made their own, so tests can log in and go anywhere. */
    public Account account(@Nullable Person person, Role role, @Nullable Unit scope) {
        Account created = accountWithOneTimePassword(person, role, scope);
        jdbc.sql("update account set password_change_required = false where id = :id").param("id", created.id()).update();
        return accountRepository.findById(created.id()).orElseThrow();
    }

    /** An account as the administrator creates it: the password must be changed at the first log-in. */
    public Account accountWithOneTimePassword(@Nullable Person person, Role role, @Nullable Unit scope) {
        Set<RoleGrant> grants = role == Role.MEDARBEIDER ? Set.of()
                : Set.of(new RoleGrant(role, scope == null ? null : scope.id()));
        return done(accounts.create(unique("bruker").toLowerCase(), PASSWORD, person == null ? null : person.id(),
                grants));
    }

    /** The principal a signed-in session would hold for this account. */
    public static CurrentUser userOf(Account account) {
        return new CurrentUser(account.id(), account.username(), null, account.personId(), account.username(),
                account.roles(), true, false);
    }

    public static <T> T done(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Done<T> done) {
            return done.value();
        }
        throw new AssertionError("Refused: " + outcome);
    }

}
