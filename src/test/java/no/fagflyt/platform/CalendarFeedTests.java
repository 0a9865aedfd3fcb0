package no.fagflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Account;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.support.ICalendarParser;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The personal calendar feed link: made, renewed and switched off from "Min side", fetched without log-in
 * by its token only, never stored in the clear, and a dead link answers 404.
 */
@IntegrationTest
class CalendarFeedTests {

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Account account;

    CurrentUser user;

    @BeforeEach
    void employee() {
        Unit root = organisations.organisation("Kalendersykehuset");
        Unit section = organisations.unit(root, "Kontortjeneste", UnitKind.SEKSJON);
        account = organisations.account(organisations.person(section, "Kari", "Kalender"), Role.MEDARBEIDER, null);
        user = OrganisationFixture.userOf(account);
    }

    @Test
    void theFeedIsFetchedWithoutLogInAndOnlyAHashOfTheTokenIsStored() throws Exception {
        String token = feeds.enable(user);

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        String stored = jdbc.sql("select token_hash from calendar_feed where account_id = :a")
            .param("a", account.id())
            .query(String.class)
            .single();
        assertThat(stored).matches("[0-9a-f]{64}").doesNotContain(token);

        byte[] body = mvc.perform(get("/kalender/" + token + ".ics"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", Matchers.startsWith("text/calendar")))
            .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        var calendar = ICalendarParser.parse(body);
        assertThat(calendar.text("X-WR-CALNAME")).isEqualTo("Fagflyt");
        assertThat(calendar.value("REFRESH-INTERVAL")).isEqualTo("PT4H");
        assertThat(feeds.status(user)).hasValueSatisfying(status -> assertThat(status.lastUsedAt()).isNotNull());
    }

    @Test
    void feedUseIsAuditedOnceADayWithoutPersonalDetails() throws Exception {
        String token = feeds.enable(user);
        mvc.perform(get("/kalender/" + token + ".ics")).andExpect(status().isOk());
        mvc.perform(get("/kalender/" + token + ".ics")).andExpect(status().isOk());

        var reads = jdbc.sql("""
                select actor_username, subject_id, subject_label from audit_event
                where subject_type = :type and action = 'READ' and actor_account_id = :a
                """)
            .param("type", CalendarFeeds.AUDIT_FEED)
            .param("a", account.id())
            .query((rs, n) -> rs.getString("actor_username") + "|" + rs.getString("subject_id") + "|"
                    + rs.getString("subject_label"))
            .list();
        assertThat(reads).containsExactly(account.username() + "|" + account.id() + "|null");
    }

    @Test
    void aNewLinkRevokesTheOldOneAndSwitchingOffRevokesAll() throws Exception {
        String first = feeds.enable(user);
        String second = feeds.enable(user);

        assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/kalender/" + first + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/kalender/" + second + ".ics")).andExpect(status().isOk());

        mvc.perform(post("/min-side/kalender/slett").with(user(user)).with(csrf()))
            .andExpect(redirectedUrl("/min-side#kalender"));
        mvc.perform(get("/kalender/" + second + ".ics")).andExpect(status().isNotFound());
        assertThat(feeds.status(user)).isEmpty();
    }

    @Test
    void unknownMalformedAndDisabledAccountsTokensAnswer404() throws Exception {
        mvc.perform(get("/kalender/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/kalender/kort.ics")).andExpect(status().isNotFound());

        String token = feeds.enable(user);
        jdbc.sql("update account set enabled = false where id = :a").param("a", account.id()).update();
        mvc.perform(get("/kalender/" + token + ".ics")).andExpect(status().isNotFound());
    }

    @Test
    void minSideMakesTheLinkAndShowsItOnceThenOnlyTheStatus() throws Exception {
        mvc.perform(get("/min-side").with(user(user)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Slå på kalenderabonnement")));

        MvcResult made = mvc.perform(post("/min-side/kalender").with(user(user)).with(csrf()))
            .andExpect(redirectedUrl("/min-side#kalender"))
            .andReturn();
        String url = (String) made.getFlashMap().get("calendarFeedUrl");
        assertThat(url).matches("http://localhost/kalender/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(made.getFlashMap().get("calendarFeedWebcal")).isEqualTo(url.replace("http://", "webcal://"));

        mvc.perform(get("/min-side").with(user(user)).flashAttrs(made.getFlashMap()))
            .andExpect(content().string(Matchers.containsString("value=\"" + url + "\"")))
            .andExpect(content().string(Matchers.containsString("Outlook")));
        mvc.perform(get("/min-side").with(user(user)))
            .andExpect(content().string(Matchers.containsString("Kalenderabonnementet er på")))
            .andExpect(content().string(Matchers.containsString("Lag ny lenke")))
            .andExpect(content().string(Matchers.not(Matchers.containsString(url))));
        mvc.perform(get(url.substring("http://localhost".length()))).andExpect(status().isOk());
    }

    @Test
    void loggedOutVisitorsAreSentToLogInButTheFeedPathIsTheOnlyOpening() throws Exception {
        mvc.perform(get("/min-side")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/min-side/kalender").with(csrf())).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/min-side/kalender")).andExpect(status().isForbidden());
        mvc.perform(get("/kalender/" + "A".repeat(43))).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/kalender/" + "A".repeat(43) + ".ics").with(csrf()))
            .andExpect(redirectedUrl("/login"));
        assertThat(jdbc.sql("select count(*) from calendar_feed where account_id = :a")
            .param("a", account.id())
            .query(Long.class)
            .single()).isZero();
    }

}
