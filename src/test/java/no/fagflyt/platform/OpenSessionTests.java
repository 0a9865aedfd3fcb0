package no.fagflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Account;
import no.fagflyt.organisation.internal.AccountAdministration;
import no.fagflyt.organisation.internal.AccountRepository;
import no.fagflyt.organisation.internal.Person;
import no.fagflyt.organisation.internal.PersonAdministration;
import no.fagflyt.organisation.internal.RoleGrant;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A session opened with form log-in follows the account: taking access away works on the next request. */
@IntegrationTest
class OpenSessionTests {

    private static final String NEW_PASSWORD = "fjellet bak hytta er blått";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixture fixture;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    PersonAdministration people;

    Unit section;

    Person person;

    @BeforeEach
    void organisation() {
        Unit root = fixture.organisation("Oktsykehuset");
        section = fixture.unit(root, "Kontortjeneste", UnitKind.SEKSJON);
        person = fixture.person(section, "Øystein", "Økt");
    }

    @Test
    void aDisabledAdministratorCannotCreateAnotherAdministratorFromTheOpenSession() throws Exception {
        Account admin = fixture.account(person, Role.ADMINISTRATOR, null);
        MockHttpSession session = logIn(admin);
        mvc.perform(get("/admin/brukere").session(session)).andExpect(status().isOk());

        accounts.update(admin.id(), admin.version(), admin.personId(), admin.grants(), false);

        String newAdmin = OrganisationFixture.unique("ny.admin").toLowerCase();
        mvc.perform(post("/admin/brukere/ny").session(session)
            .with(csrf())
            .param("username", newAdmin)
            .param("password", "en lang nok passfrase")
            .param("roles", "ADMINISTRATOR")).andExpect(redirectedUrl("/login"));
        assertThat(accountRepository.findByUsername(newAdmin)).isEmpty();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aWithdrawnRoleIsGoneOnTheNextRequestWhileTheSessionStays() throws Exception {
        Account admin = fixture.account(person, Role.ADMINISTRATOR, null);
        MockHttpSession session = logIn(admin);
        mvc.perform(get("/admin/brukere").session(session)).andExpect(status().isOk());

        accounts.update(admin.id(), admin.version(), admin.personId(), Set.of(), true);

        mvc.perform(get("/admin/brukere").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/min-side").session(session)).andExpect(status().isOk());
    }

    @Test
    void aGrantedRoleAppliesToTheOpenSession() throws Exception {
        Account employee = fixture.account(person, Role.MEDARBEIDER, null);
        MockHttpSession session = logIn(employee);
        mvc.perform(get("/admin/brukere").session(session)).andExpect(status().isForbidden());

        accounts.update(employee.id(), employee.version(), employee.personId(),
                Set.of(new RoleGrant(Role.ADMINISTRATOR, null)), true);

        mvc.perform(get("/admin/brukere").session(session)).andExpect(status().isOk());
    }

    @Test
    void anEndedEmploymentEndsTheOpenSession() throws Exception {
        Account employee = fixture.account(person, Role.MEDARBEIDER, null);
        MockHttpSession session = logIn(employee);
        mvc.perform(get("/min-side").session(session)).andExpect(status().isOk());

        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(1);
        OrganisationFixture.done(people.end(person.id(), person.version(), yesterday));

        mvc.perform(get("/min-side").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aTemporaryLockAfterSomeoneElsesGuessesDoesNotEndAnOpenSession() throws Exception {
        Account employee = fixture.account(person, Role.MEDARBEIDER, null);
        MockHttpSession session = logIn(employee);
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin().user(employee.username()).password("gjetting-" + attempt));
        }
        mvc.perform(get("/min-side").session(session)).andExpect(status().isOk());
    }

    @Test
    void aDeletedAccountEndsTheOpenSession() throws Exception {
        Account employee = fixture.account(person, Role.MEDARBEIDER, null);
        MockHttpSession session = logIn(employee);
        accountRepository.deleteById(employee.id());
        mvc.perform(get("/min-side").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void changingTheOwnPasswordEndsTheOtherSessionsButNotTheOneItWasChangedIn() throws Exception {
        Account employee = fixture.account(person, Role.MEDARBEIDER, null);
        MockHttpSession mine = logIn(employee);
        MockHttpSession stolen = logIn(employee);
        // A wrong current password changes nothing and ends no session.
        changePassword(mine, "ikke mitt passord").andExpect(status().isOk());
        stillSignedIn(stolen);

        changePassword(mine, OrganisationFixture.PASSWORD).andExpect(redirectedUrl("/"));

        sentToLogIn(stolen);
        stillSignedIn(mine);
        MockHttpSession afterwards = logIn(employee, NEW_PASSWORD);
        stillSignedIn(afterwards);
        stillSignedIn(mine);
    }

    @Test
    void aPasswordTheAdministratorResetsEndsEverySessionOfTheAccount() throws Exception {
        Account employee = fixture.account(person, Role.MEDARBEIDER, null);
        MockHttpSession first = logIn(employee);
        MockHttpSession second = logIn(employee);
        stillSignedIn(first);
        stillSignedIn(second);

        OrganisationFixture.done(accounts.resetPassword(employee.id(), NEW_PASSWORD));

        sentToLogIn(first);
        sentToLogIn(second);
        MockHttpSession afterwards = logIn(employee, NEW_PASSWORD);
        mvc.perform(get("/min-side").session(afterwards)).andExpect(redirectedUrl("/passord"));
    }

    private ResultActions changePassword(MockHttpSession session, String currentPassword) throws Exception {
        return mvc.perform(post("/passord").session(session)
            .with(csrf())
            .param("currentPassword", currentPassword)
            .param("newPassword", NEW_PASSWORD)
            .param("repeatedPassword", NEW_PASSWORD));
    }

    private void stillSignedIn(MockHttpSession session) throws Exception {
        mvc.perform(get("/min-side").session(session)).andExpect(status().isOk());
    }

    /** The session has ended: the next request is sent to log in, and the session is gone. */
    private void sentToLogIn(MockHttpSession session) throws Exception {
        mvc.perform(get("/min-side").session(session)).andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();
    }

    private MockHttpSession logIn(Account account) throws Exception {
        return logIn(account, OrganisationFixture.PASSWORD);
    }

    private MockHttpSession logIn(Account account, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(account.username()).password(password))
            .andExpect(redirectedUrl("/"))
            .andReturn()
            .getRequest()
            .getSession(false);
    }

}
