package no.fagflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Account;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixture fixture;

    @Autowired
    JdbcClient jdbc;

    Account account;

    @BeforeEach
    void createAccount() {
        Unit root = fixture.organisation("Innloggingssykehuset");
        Unit section = fixture.unit(root, "Kontortjeneste", UnitKind.SEKSJON);
        account = fixture.account(fixture.person(section, "Ingrid", "Innlogging"), no.fagflyt.platform.Role.MEDARBEIDER,
                null);
    }

    @Test
    void rightPasswordLogsInAndIsAudited() throws Exception {
        mvc.perform(formLogin().user(account.username()).password(OrganisationFixture.PASSWORD))
            .andExpect(authenticated().withUsername(account.username()))
            .andExpect(redirectedUrl("/"));
        assertThat(auditCount("LOGIN")).isEqualTo(1);
    }

    @Test
    void usernameIsNotCaseSensitive() throws Exception {
        mvc.perform(formLogin().user(account.username().toUpperCase()).password(OrganisationFixture.PASSWORD))
            .andExpect(authenticated());
    }

    @Test
    void wrongPasswordGivesANorwegianMessage() throws Exception {
        mvc.perform(formLogin().user(account.username()).password("feil-passord"))
            .andExpect(unauthenticated())
            .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(get("/login").param("error", "credentials"))
            .andExpect(content().string(Matchers.containsString("Feil brukernavn eller passord.")));
        assertThat(auditCount("LOGIN_FAILED")).isEqualTo(1);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin().user(account.username()).password("gjetting-" + attempt)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(account.username()).password(OrganisationFixture.PASSWORD))
            .andExpect(unauthenticated())
            .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/login").param("error", "locked"))
            .andExpect(content().string(Matchers.containsString("midlertidig sperret")));
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", account.username()).param("password", OrganisationFixture.PASSWORD))
            .andExpect(status().isForbidden())
            .andExpect(unauthenticated());
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(csrf()))
            .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
            .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(header().string("X-Frame-Options", "DENY"))
            .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    private long auditCount(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :action and actor_username = :actor")
            .param("action", action)
            .param("actor", account.username())
            .query(Long.class)
            .single();
    }

}
