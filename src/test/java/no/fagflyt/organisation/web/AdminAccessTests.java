package no.fagflyt.organisation.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.fagflyt.support.IntegrationTest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Only the administrator reaches the admin pages; ids need not exist, the refusal comes first. */
@IntegrationTest
class AdminAccessTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = { "/admin/organisasjoner/ny", "/admin/enheter/ny?parent=1", "/admin/enheter/1",
            "/admin/personer", "/admin/personer/ny", "/admin/personer/1", "/admin/brukere", "/admin/brukere/ny",
            "/admin/brukere/1" })
    void pagesAreForbiddenToOthers(String url) throws Exception {
        mvc.perform(get(url).with(user(AdminFixtures.employee()))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/admin/organisasjoner/ny", "/admin/enheter/ny?parent=1", "/admin/enheter/1",
            "/admin/enheter/1/flytt", "/admin/enheter/1/avslutt", "/admin/enheter/1/gjenapne", "/admin/personer/ny",
            "/admin/personer/1", "/admin/personer/1/avslutt", "/admin/brukere/ny", "/admin/brukere/1",
            "/admin/brukere/1/passord", "/admin/brukere/1/las-opp" })
    void changesAreForbiddenToOthers(String url) throws Exception {
        mvc.perform(post(url).with(user(AdminFixtures.employee())).with(csrf()).param("version", "0"))
            .andExpect(status().isForbidden());
    }

}
