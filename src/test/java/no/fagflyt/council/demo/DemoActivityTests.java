package no.fagflyt.council.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.fagflyt.support.IntegrationTest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The demo council is not empty: cases, a held meeting with published minutes, and local notes. */
@IntegrationTest
class DemoActivityTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void theDemoCouncilHasCasesAndPublishedMinutesThatEmployeesCanFind() throws Exception {
        long demoCases = jdbc.sql("""
                select count(*) from council_case c join council_body b on b.id = c.body_id
                where b.short_name = 'KFR'
                """).query(Long.class).single();
        assertThat(demoCases).isGreaterThanOrEqualTo(5);
        long published = jdbc.sql("select count(*) from council_meeting where status = 'PUBLISERT'")
            .query(Long.class)
            .single();
        assertThat(published).isGreaterThanOrEqualTo(1);

        mvc.perform(get("/rad/sok").param("q", "henvisningene").with(user(users.loadUserByUsername("ansatt"))))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Felles praksis for ansiennitetsdato")));
        mvc.perform(get("/saker/mine").with(user(users.loadUserByUsername("ansatt"))))
            .andExpect(content().string(Matchers.containsString("Skanning og arkivering i Public 360")));
    }

}
