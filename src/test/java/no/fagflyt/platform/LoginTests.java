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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;

import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Account;
import no.fagflyt.organisation.internal.AccountAdministration;
import no.fagflyt.organisation.internal.Person;
import no.fagflyt.organisation.internal.PersonAdministration;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class LoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    PersonAdministration people;

    @Autowired
    MeterRegistry meters;

    Unit section;

    Account account;

    @BeforeEach
    void createAccount() {
        Unit root = fixture.organisation("Innloggingssykehuset");
        section = fixture.unit(root, "Kontortjeneste", UnitKind.SEKSJON);
        account = fixture.account(fixture.person(section, "Ingrid", "Innlogging"), Role.MEDARBEIDER, null);
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
        refusedLikeAWrongPassword(account.username(), "feil-passord");
        mvc.perform(get("/login").param("error", "credentials"))
            .andExpect(content().string(Matchers.containsString("Innloggingen mislyktes. Sjekk brukernavn og passord.")));
        assertThat(auditCount("LOGIN_FAILED")).isEqualTo(1);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin().user(account.username()).password("gjetting-" + attempt)).andExpect(unauthenticated());
        }
        refusedLikeAWrongPassword(account.username(), OrganisationFixture.PASSWORD);
        mvc.perform(get("/login").param("error", "credentials"))
            .andExpect(content().string(Matchers.containsString("midlertidig sperret")));
    }

    @Test
    void unknownDisabledLockedAndEndedAccountsGetTheSameAnswerAsAWrongPassword() throws Exception {
        refusedLikeAWrongPassword("finnes-ikke-" + account.username(), OrganisationFixture.PASSWORD);

        Account disabled = fixture.account(fixture.person(section, "Dina", "Deaktivert"), Role.MEDARBEIDER, null);
        accounts.update(disabled.id(), disabled.version(), disabled.personId(), Set.of(), false);
        refusedLikeAWrongPassword(disabled.username(), OrganisationFixture.PASSWORD);

        jdbc.sql("update account set locked_until = :until where id = :id")
            .param("until", OffsetDateTime.now().plusMinutes(5))
            .param("id", account.id())
            .update();
        refusedLikeAWrongPassword(account.username(), OrganisationFixture.PASSWORD);
    }

    @Test
    void anEmployeeWhoseEmploymentHasEndedCannotLogIn() throws Exception {
        Person leaver = fixture.person(section, "Siri", "Sluttet");
        Account leaversAccount = fixture.account(leaver, Role.MEDARBEIDER, null);
        mvc.perform(formLogin().user(leaversAccount.username()).password(OrganisationFixture.PASSWORD))
            .andExpect(authenticated());
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(1);
        OrganisationFixture.done(people.end(leaver.id(), leaver.version(), yesterday));
        refusedLikeAWrongPassword(leaversAccount.username(), OrganisationFixture.PASSWORD);
    }

    @Test
    void theLastDayOfEmploymentStillCounts() throws Exception {
        Person leaver = fixture.person(section, "Siv", "Sistedag");
        Account leaversAccount = fixture.account(leaver, Role.MEDARBEIDER, null);
        OrganisationFixture.done(people.end(leaver.id(), leaver.version(), LocalDate.now(ZoneId.of("Europe/Oslo"))));
        mvc.perform(formLogin().user(leaversAccount.username()).password(OrganisationFixture.PASSWORD))
            .andExpect(authenticated());
    }

    @Test
    void aPasswordOverBcryptsLimitIsAWrongPasswordNotAnError() throws Exception {
        refusedLikeAWrongPassword(account.username(), "æøå".repeat(30));
    }

    /**
     * Thirty wrong passwords at once: every one is answered with the log-in form (no 500 from a version
     * conflict), every failure before the lock is counted, and only the free attempts cost a password check.
     */
    @Test
    void parallelWrongPasswordsAreAllAnsweredAndCostOnlyTheFreeAttemptsInPasswordChecks() throws Exception {
        int attempts = 30;
        double checksBefore = passwordChecks();
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<MvcResult>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String guess = "parallell-gjetting-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(formLogin().user(account.username()).password(guess)).andReturn();
                }));
            }
            start.countDown();
            for (Future<MvcResult> result : results) {
                MvcResult answer = result.get(2, TimeUnit.MINUTES);
                assertThat(answer.getResponse().getStatus()).isEqualTo(302);
                assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/login?error=credentials");
            }
        }
        finally {
            pool.shutdownNow();
        }
        double checks = passwordChecks() - checksBefore;
        assertThat(checks).as("password checks for %d parallel attempts", attempts).isLessThanOrEqualTo(5);
        assertThat(jdbc.sql("select failed_attempts from account where id = :id")
            .param("id", account.id())
            .query(Integer.class)
            .single()).isEqualTo(5);
        assertThat(auditCount("LOGIN_FAILED")).isEqualTo(5);
        mvc.perform(formLogin().user(account.username()).password(OrganisationFixture.PASSWORD))
            .andExpect(unauthenticated());
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

    private void refusedLikeAWrongPassword(String username, String password) throws Exception {
        mvc.perform(formLogin().user(username).password(password))
            .andExpect(unauthenticated())
            .andExpect(redirectedUrl("/login?error=credentials"));
    }

    private double passwordChecks() {
        return meters.counter("fagflyt.password.checks").count();
    }

    private long auditCount(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :action and actor_username = :actor")
            .param("action", action)
            .param("actor", account.username())
            .query(Long.class)
            .single();
    }

}
