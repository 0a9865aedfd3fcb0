package no.fagflyt.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import no.fagflyt.organisation.internal.AccountRepository;
import no.fagflyt.organisation.internal.Person;
import no.fagflyt.organisation.internal.PersonAdministration;
import no.fagflyt.organisation.internal.RoleGrant;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.organisation.internal.UnitAdministration;
import no.fagflyt.platform.Role;
import no.fagflyt.support.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AccountAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UnitAdministration units;

    @Autowired
    PersonAdministration people;

    @Autowired
    AccountRepository accounts;

    Unit section;

    Person person;

    String username;

    @BeforeEach
    void organisation() {
        Unit root = AdminFixtures.organisation(units, AdminFixtures.unique("Brukertest HF"));
        section = AdminFixtures.unit(units, root, "SEK");
        person = AdminFixtures.person(people, section, "B-1");
        username = "test." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsAnAccountWithRolesOnUnits() throws Exception {
        mvc.perform(get("/admin/brukere/ny").with(user(AdminFixtures.administrator()))).andExpect(status().isOk());
        mvc.perform(post("/admin/brukere/ny").with(user(AdminFixtures.administrator())).with(csrf())
            .param("username", username)
            .param("password", "en lang nok passfrase")
            .param("personId", Long.toString(person.id()))
            .param("roles", "RADSMEDLEM")
            .param("grants[0].role", "LEDER")
            .param("grants[0].unitId", Long.toString(section.id()))
            .param("grants[1].role", "")
            .param("grants[1].unitId", ""))
            .andExpect(status().is3xxRedirection());
        var account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.grants()).containsExactlyInAnyOrder(new RoleGrant(Role.LEDER, section.id()),
                new RoleGrant(Role.RADSMEDLEM, null));
        assertThat(account.roles()).contains(Role.MEDARBEIDER);
        mvc.perform(get("/admin/brukere/{id}", account.id()).with(user(AdminFixtures.administrator())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Kari Nordmann B-1")));
        mvc.perform(get("/admin/brukere").param("q", username).with(user(AdminFixtures.administrator())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Leder i Enhet SEK")));
    }

    @Test
    void refusesATooShortPassword() throws Exception {
        mvc.perform(post("/admin/brukere/ny").with(user(AdminFixtures.administrator())).with(csrf())
            .param("username", username)
            .param("password", "kort")
            .param("roles", "ADMINISTRATOR"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("accountForm", "password", "account.error.passwordShort"))
            .andExpect(content().string(containsString("Passordet må ha minst 12 tegn.")));
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void refusesALeaderRoleWithoutUnit() throws Exception {
        mvc.perform(post("/admin/brukere/ny").with(user(AdminFixtures.administrator())).with(csrf())
            .param("username", username)
            .param("password", "en lang nok passfrase")
            .param("grants[0].role", "LEDER"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("accountForm", "grants", "account.error.roleNeedsUnit"));
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void disablesAnAccountAndResetsItsPassword() throws Exception {
        mvc.perform(post("/admin/brukere/ny").with(user(AdminFixtures.administrator())).with(csrf())
            .param("username", username)
            .param("password", "en lang nok passfrase"))
            .andExpect(status().is3xxRedirection());
        var account = accounts.findByUsername(username).orElseThrow();
        mvc.perform(post("/admin/brukere/{id}", account.id()).with(user(AdminFixtures.administrator())).with(csrf())
            .param("version", Integer.toString(account.version()))
            .param("roles", "RADSLEDER"))
            .andExpect(status().is3xxRedirection());
        var changed = accounts.findById(account.id()).orElseThrow();
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.roles()).containsExactly(Role.RADSLEDER);
        mvc.perform(post("/admin/brukere/{id}/passord", account.id()).with(user(AdminFixtures.administrator()))
            .with(csrf())
            .param("password", "et helt nytt passord"))
            .andExpect(status().is3xxRedirection());
        assertThat(accounts.findById(account.id()).orElseThrow().passwordHash()).isNotEqualTo(changed.passwordHash());
        mvc.perform(post("/admin/brukere/{id}/las-opp", account.id()).with(user(AdminFixtures.administrator()))
            .with(csrf()))
            .andExpect(status().is3xxRedirection());
    }

    @Test
    void anAdministratorCannotTakeAwayTheirOwnAdministration() throws Exception {
        mvc.perform(post("/admin/brukere/ny").with(user(AdminFixtures.administrator())).with(csrf())
            .param("username", username)
            .param("password", "en lang nok passfrase")
            .param("roles", "ADMINISTRATOR")
            .param("enabled", "true"))
            .andExpect(status().is3xxRedirection());
        var account = accounts.findByUsername(username).orElseThrow();
        var self = new no.fagflyt.platform.CurrentUser(account.id(), account.username(), null, null, "Meg selv",
                account.roles(), true, false);
        mvc.perform(post("/admin/brukere/{id}", account.id()).with(user(self)).with(csrf())
            .param("version", Integer.toString(account.version()))
            .param("enabled", "true"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("accountForm", "grants", "account.error.selfLockout"));
        assertThat(accounts.findById(account.id()).orElseThrow().roles()).contains(Role.ADMINISTRATOR);
    }

    @Test
    void aPersonsAdminPageOffersAnAccountWithTheNameSuggested() throws Exception {
        mvc.perform(get("/admin/personer/{id}", person.id()).with(user(AdminFixtures.administrator())))
            .andExpect(content().string(containsString("/admin/brukere/ny?ansatt=" + person.id())));
        mvc.perform(get("/admin/brukere/ny").param("ansatt", Long.toString(person.id()))
            .with(user(AdminFixtures.administrator())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"kari.nordmann")))
            .andExpect(content().string(containsString("value=\"" + person.id() + "\"")));
    }

}
