package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Setting up a body and changing its name, mandate and rhythm, with who may do it. */
@IntegrationTest
class BodyAdministrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CouncilFixture fixture;

    @Autowired
    CouncilBodies bodies;

    Council council;

    @BeforeEach
    void council() {
        council = fixture.council();
    }

    @Test
    void aRadslederCreatesABodyInTheirOwnOrganisation() throws Exception {
        String shortName = OrganisationFixture.unique("LFG");
        mvc.perform(get("/rad/nytt").with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Kontortjeneste A")));
        MvcResult result = mvc.perform(post("/rad/nytt").with(user(council.chair())).with(csrf())
            .param("kind", "FAGUTVIKLINGSGRUPPE")
            .param("name", "Fagutviklingsgruppe kontortjeneste A")
            .param("shortName", shortName)
            .param("mandate", "Lokalt forbedringsarbeid.")
            .param("meetingRhythm", "Annenhver uke")
            .param("unitId", String.valueOf(council.sectionA().id())))
            .andExpect(status().is3xxRedirection())
            .andReturn();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/rad/".length()));
        Body created = bodies.body(id);
        assertThat(created.shortName()).isEqualTo(shortName);
        assertThat(created.organisationId()).isEqualTo(council.hospital().organisationId());
        assertThat(created.unitId()).isEqualTo(council.sectionA().id());
    }

    @Test
    void anOrdinaryEmployeeMayNotCreateOrEditABody() throws Exception {
        mvc.perform(get("/rad/nytt").with(user(council.employee()))).andExpect(status().isForbidden());
        mvc.perform(post("/rad/nytt").with(user(council.employee())).with(csrf())
            .param("kind", "NETTVERK").param("name", "X").param("shortName", "X").param("mandate", "X")
            .param("meetingRhythm", "X").param("unitId", String.valueOf(council.sectionA().id())))
            .andExpect(status().isForbidden());
        mvc.perform(get("/rad/" + council.body().id() + "/endre").with(user(council.employee())))
            .andExpect(status().isForbidden());
        mvc.perform(post("/rad/" + council.body().id() + "/endre").with(user(council.employee())).with(csrf())
            .param("name", "Kapret").param("mandate", "X").param("meetingRhythm", "X").param("version", "0"))
            .andExpect(status().isForbidden());
        assertThat(bodies.body(council.body().id()).name()).isNotEqualTo("Kapret");
    }

    @Test
    void aMissingNameIsShownBesideTheField() throws Exception {
        mvc.perform(post("/rad/nytt").with(user(CouncilFixture.ADMIN)).with(csrf())
            .param("kind", "NETTVERK").param("name", " ").param("shortName", OrganisationFixture.unique("N"))
            .param("mandate", "Mandat").param("meetingRhythm", "Kvartalsvis")
            .param("unitId", String.valueOf(council.hospital().id())))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("form", "name"))
            .andExpect(content().string(Matchers.containsString("id=\"name-error\"")))
            .andExpect(content().string(Matchers.containsString("Feltet må fylles ut.")));
    }

    @Test
    void aMemberChangesTheNameMandateAndRhythm() throws Exception {
        Body body = bodies.body(council.body().id());
        mvc.perform(get("/rad/" + body.id() + "/endre").with(user(council.chair()))).andExpect(status().isOk());
        mvc.perform(post("/rad/" + body.id() + "/endre").with(user(council.chair())).with(csrf())
            .param("name", "Kontorfaglig råd, nytt navn").param("mandate", "Nytt mandat.")
            .param("meetingRhythm", "Hver sjette uke").param("version", String.valueOf(body.version())))
            .andExpect(status().is3xxRedirection());
        Body changed = bodies.body(body.id());
        assertThat(changed.name()).isEqualTo("Kontorfaglig råd, nytt navn");
        assertThat(changed.mandate()).isEqualTo("Nytt mandat.");
        assertThat(changed.meetingRhythm()).isEqualTo("Hver sjette uke");
    }

}
