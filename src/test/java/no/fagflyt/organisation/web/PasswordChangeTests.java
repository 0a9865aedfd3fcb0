package no.fagflyt.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Account;
import no.fagflyt.organisation.internal.AccountRepository;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.Role;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Every signed-in person can change their password; a one-time password from the administrator must be changed. */
@IntegrationTest
class PasswordChangeTests {

    static final String NEW_PASSWORD = "fjellet bak hytta er blått";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixture fixture;

    @Autowired
    AccountRepository accounts;

    Unit section;

    @BeforeEach
    void organisation() {
        Unit root = fixture.organisation("Passordsykehuset");
        section = fixture.unit(root, "Kontortjeneste", UnitKind.SEKSJON);
    }

    @Test
    void everySignedInPersonHasTheLinkAndCanChangeTheirPassword() throws Exception {
        Account account = fixture.account(fixture.person(section, "Per", "Passord"), Role.MEDARBEIDER, null);
        MockHttpSession session = logIn(account, OrganisationFixture.PASSWORD);
        mvc.perform(get("/min-side").session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"/passord\"")));
        mvc.perform(get("/passord").session(session)).andExpect(status().isOk());

        change(session, OrganisationFixture.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/"));

        mvc.perform(formLogin().user(account.username()).password(OrganisationFixture.PASSWORD))
            .andExpect(unauthenticated());
        mvc.perform(formLogin().user(account.username()).password(NEW_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void refusesAWrongCurrentPasswordAMismatchAndACommonPassword() throws Exception {
        Account account = fixture.account(fixture.person(section, "Pia", "Passord"), Role.MEDARBEIDER, null);
        MockHttpSession session = logIn(account, OrganisationFixture.PASSWORD);

        change(session, "ikke mitt passord", NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "currentPassword",
                    "account.error.currentPasswordWrong"))
            .andExpect(content().string(containsString("Nåværende passord er feil.")));
        change(session, OrganisationFixture.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!")
            .andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "repeatedPassword",
                    "account.error.passwordMismatch"));
        change(session, OrganisationFixture.PASSWORD, "Sommer2024!!", "Sommer2024!!")
            .andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "newPassword",
                    "account.error.passwordCommon"));
        change(session, OrganisationFixture.PASSWORD, "passordpassord", "passordpassord")
            .andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "newPassword",
                    "account.error.passwordCommon"));
        change(session, OrganisationFixture.PASSWORD, "1234567890123", "1234567890123")
            .andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "newPassword",
                    "account.error.passwordCommon"));
        change(session, OrganisationFixture.PASSWORD, account.username() + "-2025", account.username() + "-2025")
            .andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "newPassword",
                    "account.error.passwordUsername"));
        String overLimit = "blåbærsyltetøy på skiveæøå".repeat(3);
        change(session, OrganisationFixture.PASSWORD, overLimit, overLimit).andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "newPassword",
                    "account.error.passwordLong"));
        mvc.perform(formLogin().user(account.username()).password(OrganisationFixture.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void guessingTheCurrentPasswordFromAnOpenSessionMeetsTheSameLockAsLogIn() throws Exception {
        Account account = fixture.account(fixture.person(section, "Gunnar", "Gjetter"), Role.MEDARBEIDER, null);
        MockHttpSession session = logIn(account, OrganisationFixture.PASSWORD);
        for (int guess = 0; guess < 5; guess++) {
            change(session, "gjetning nummer " + guess, NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "currentPassword",
                        "account.error.currentPasswordWrong"));
        }
        change(session, OrganisationFixture.PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
            .andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "currentPassword",
                    "account.error.passwordLocked"));
        mvc.perform(get("/min-side").session(session)).andExpect(status().isOk());
    }

    @Test
    void aOneTimePasswordLeadsToThePasswordPageBeforeAnythingElse() throws Exception {
        Account account = fixture.accountWithOneTimePassword(fixture.person(section, "Eva", "Engang"),
                Role.MEDARBEIDER, null);
        MockHttpSession session = logIn(account, OrganisationFixture.PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/passord"));
        mvc.perform(get("/min-side").session(session)).andExpect(redirectedUrl("/passord"));
        mvc.perform(get("/min-side").session(session).header("HX-Request", "true"))
            .andExpect(status().isNoContent())
            .andExpect(header().string("HX-Redirect", "/passord"));
        mvc.perform(get("/passord").session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("engangspassord")));

        change(session, OrganisationFixture.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/"));

        assertThat(accounts.findById(account.id()).orElseThrow().passwordChangeRequired()).isFalse();
        mvc.perform(get("/min-side").session(session)).andExpect(status().isOk());
    }

    @Test
    void thePasswordTheAdministratorSetsIsAOneTimePassword() throws Exception {
        Account account = fixture.account(fixture.person(section, "Arne", "Admin"), Role.MEDARBEIDER, null);
        mvc.perform(post("/admin/brukere/{id}/passord", account.id()).with(user(AdminFixtures.administrator()))
            .with(csrf())
            .param("password", "et nytt passord fra admin")).andExpect(status().is3xxRedirection());
        assertThat(accounts.findById(account.id()).orElseThrow().passwordChangeRequired()).isTrue();
        mvc.perform(get("/admin/brukere/{id}", account.id()).with(user(AdminFixtures.administrator())))
            .andExpect(content().string(containsString("Engangspassord: må byttes ved neste innlogging")));
        MockHttpSession session = logIn(account, "et nytt passord fra admin");
        mvc.perform(get("/min-side").session(session)).andExpect(redirectedUrl("/passord"));
    }

    @Test
    void theAdministratorCannotSetAPasswordOverBcryptsLimit() throws Exception {
        Account account = fixture.account(fixture.person(section, "Lars", "Langpassord"), Role.MEDARBEIDER, null);
        mvc.perform(post("/admin/brukere/{id}/passord", account.id()).with(user(AdminFixtures.administrator()))
            .with(csrf())
            .param("password", "x".repeat(73)))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("passwordForm", "password", "account.error.passwordLong"));
        mvc.perform(post("/admin/brukere/ny").with(user(AdminFixtures.administrator()))
            .with(csrf())
            .param("username", OrganisationFixture.unique("lang").toLowerCase())
            .param("password", "ø".repeat(40)))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("accountForm", "password", "account.error.passwordLong"));
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheLogInPage() throws Exception {
        mvc.perform(get("/passord")).andExpect(redirectedUrl("/login"));
    }

    private ResultActions change(MockHttpSession session, String current, String newPassword, String repeated)
            throws Exception {
        return mvc.perform(post("/passord").session(session)
            .with(csrf())
            .param("currentPassword", current)
            .param("newPassword", newPassword)
            .param("repeatedPassword", repeated));
    }

    private MockHttpSession logIn(Account account, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(account.username()).password(password))
            .andExpect(authenticated())
            .andReturn()
            .getRequest()
            .getSession(false);
    }

}
