package no.fagflyt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import no.fagflyt.council.CouncilFixture.Council;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.organisation.internal.Person;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.platform.Role;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.hamcrest.Matchers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A body's managers find the person to add by name, with and without JavaScript; no one else may search. */
@IntegrationTest
class MemberSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CouncilFixture fixture;

    @Autowired
    OrganisationFixture organisations;

    @Autowired
    CouncilBodies bodies;

    Council council;

    String page;

    @BeforeEach
    void council() {
        council = fixture.council();
        page = "/rad/" + council.body().id();
    }

    private MockHttpServletRequestBuilder typeahead(String text) {
        return get(page + "/personsok").param("personSok", text).header("HX-Request", "true");
    }

    /** The add-member form as posted after a search for {@code query}; {@code personId} is the chosen match. */
    private MockHttpServletRequestBuilder addMember(String query, @Nullable Long personId, String termStart) {
        MockHttpServletRequestBuilder request = post(page + "/medlemmer").with(user(council.chair())).with(csrf())
            .param("personSok", query)
            .param("unitId", String.valueOf(council.sectionA().id()))
            .param("role", "SEKRETAER")
            .param("seat", "KLINIKK")
            .param("termStart", termStart);
        return personId == null ? request : request.param("personId", String.valueOf(personId));
    }

    @Test
    void aManagerTypingGetsTheMatchesAndTheirCountAsAFragment() throws Exception {
        String fragment = mvc.perform(typeahead("medarb").with(user(council.chair())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

        assertThat(fragment).doesNotContain("<html", "<h1")
            .contains("id=\"person-results\"", "value=\"" + council.employeePerson().id() + "\"", "Eva Medarbeider",
                    "Kontortjeneste A, Helsesekretær", "name=\"personSok\" value=\"medarb\"",
                    "hx-swap-oob=\"innerHTML\"", "1 treff.");
        mvc.perform(typeahead("m").with(user(council.chair())))
            .andExpect(content().string(Matchers.containsString("Skriv minst to bokstaver.")));
        mvc.perform(typeahead("utenfor").with(user(council.chair())))
            .andExpect(content().string(Matchers.containsString("Ingen treff på «utenfor».")));
        mvc.perform(typeahead("medarb").with(user(CouncilFixture.ADMIN)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Eva Medarbeider")));
    }

    @Test
    void withoutJavaScriptTheSearchReloadsTheBodyPageWithTheMatches() throws Exception {
        mvc.perform(get(page + "/personsok").param("personSok", "eva").with(user(council.chair())))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl(page + "?personSok=eva#legg-til-medlem"));
        mvc.perform(get(page).param("personSok", "eva").with(user(council.chair())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("type=\"radio\" name=\"personId\" id=\"person-"
                    + council.employeePerson().id() + "\"")))
            .andExpect(content().string(Matchers.containsString("1 treff.")));
    }

    @Test
    void aRefusedFormKeepsTheSearchAndTheChoiceAndNamesWhatIsMissing() throws Exception {
        mvc.perform(addMember("eva", council.employeePerson().id(), ""))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("value=\"" + council.employeePerson().id()
                    + "\" checked=\"checked\"")))
            .andExpect(content().string(Matchers.containsString("Skriv datoen som dd.mm.åååå.")));
        mvc.perform(addMember("", null, "01.01.2026"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Søk opp og velg personen som skal bli medlem.")));
        assertThat(bodies.members(council.body().id())).hasSize(1);
    }

    @Test
    void onlyManagersOfTheBodyMaySearch() throws Exception {
        Person leaderPerson = organisations.person(council.clinicB(), "Lise", "Klinikkleder");
        CurrentUser leaderOfOtherUnit = OrganisationFixture.userOf(organisations.account(leaderPerson, Role.LEDER,
                council.clinicB()));
        for (CurrentUser notManager : new CurrentUser[] { council.employee(), leaderOfOtherUnit,
                council.outsider() }) {
            mvc.perform(typeahead("eva").with(user(notManager))).andExpect(status().isForbidden());
            mvc.perform(get(page).param("personSok", "eva").with(user(notManager))).andExpect(status().isForbidden());
        }
        mvc.perform(get(page).with(user(council.employee())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.not(Matchers.containsString("personSok"))));
        mvc.perform(typeahead("eva")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aPersonFoundIsAddedAsAMember() throws Exception {
        mvc.perform(addMember("eva", council.employeePerson().id(),
                LocalDate.now(NorwegianTime.ZONE).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))))
            .andExpect(status().is3xxRedirection());
        assertThat(bodies.members(council.body().id())).extracting(member -> member.personName())
            .contains("Eva Medarbeider");
    }

}
