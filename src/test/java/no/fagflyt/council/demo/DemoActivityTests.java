package no.fagflyt.council.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;

import no.fagflyt.support.IntegrationTest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
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

    @Autowired
    DemoActivity demo;

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

    @Test
    void theCouncilMeetsMonthlyAndTheLeadersNetworkFourTimesAYearAndARestartAddsNothing() throws Exception {
        // The demo bodies were the first made; tests make bodies with the same short names in other organisations.
        String firstBody = "select id from council_body where short_name = :short order by id";
        long councilId = jdbc.sql(firstBody).param("short", "KFR").query(Long.class).list().get(0);
        long leadersId = jdbc.sql(firstBody).param("short", "KLN").query(Long.class).list().get(0);
        String schedule = "select frequency, months from council_meeting_schedule where body_id = :body";
        assertThat(jdbc.sql(schedule).param("body", councilId).query((rs, n) -> rs.getString("frequency")).list())
            .containsExactly("MANEDLIG");
        assertThat(jdbc.sql(schedule).param("body", leadersId).query((rs, n) -> rs.getString("months")).list())
            .containsExactly("3,6,9,12");
        mvc.perform(get("/rad/" + councilId).with(user(users.loadUserByUsername("ansatt"))))
            .andExpect(content().string(Matchers.containsString("Møteplan: andre tirsdag hver måned kl. 09.00–11.00")));
        mvc.perform(get("/rad/" + leadersId).with(user(users.loadUserByUsername("ansatt"))))
            .andExpect(content().string(Matchers.containsString(
                    "Møteplan: første torsdag i mars, juni, september og desember kl. 12.00–15.00")));

        List<Long> before = counts();
        demo.run(new DefaultApplicationArguments());
        assertThat(counts()).isEqualTo(before);
    }

    private List<Long> counts() {
        return Stream.of("council_meeting_schedule", "council_case", "council_meeting")
            .map(table -> jdbc.sql("select count(*) from " + table).query(Long.class).single())
            .toList();
    }

}
