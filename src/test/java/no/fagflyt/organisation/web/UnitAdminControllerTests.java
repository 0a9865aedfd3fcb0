package no.fagflyt.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;

import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.OrganisationRepository;
import no.fagflyt.organisation.internal.PersonAdministration;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.organisation.internal.UnitAdministration;
import no.fagflyt.platform.NorwegianTime;
import no.fagflyt.support.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UnitAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UnitAdministration units;

    @Autowired
    PersonAdministration people;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    OrganisationRepository organisations;

    Unit root;

    Unit clinic;

    @BeforeEach
    void organisation() {
        root = AdminFixtures.organisation(units, AdminFixtures.unique("Enhetstest HF"));
        clinic = AdminFixtures.unit(units, root, "KLIN");
    }

    @Test
    void createsAnOrganisationAndGoesToItsTree() throws Exception {
        String name = AdminFixtures.unique("Nye Kommune");
        var result = mvc.perform(post("/admin/organisasjoner/ny").with(user(AdminFixtures.administrator())).with(csrf())
            .param("name", name)
            .param("kind", "KOMMUNE")
            .param("orgNumber", "")
            .param("rootCode", "NYK"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attributeExists("flash"))
            .andReturn();
        long organisationId = organisations.findByName(name).orElseThrow().id();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/organisasjon/" + organisationId);
        assertThat(directory.tree(organisationId, LocalDate.now(NorwegianTime.ZONE), false).unit().code()).isEqualTo("NYK");
    }

    @Test
    void refusesAnOrganisationNumberThatIsNotNineDigits() throws Exception {
        mvc.perform(post("/admin/organisasjoner/ny").with(user(AdminFixtures.administrator())).with(csrf())
            .param("name", AdminFixtures.unique("Feil"))
            .param("kind", "KOMMUNE")
            .param("orgNumber", "12345")
            .param("rootCode", "F"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("organisationForm", "orgNumber"))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("nøyaktig ni sifre")));
    }

    @Test
    void createsAUnitBelowAParent() throws Exception {
        mvc.perform(get("/admin/enheter/ny").param("parent", Long.toString(clinic.id()))
            .with(user(AdminFixtures.administrator())))
            .andExpect(status().isOk())
            .andExpect(view().name(UnitAdminController.NEW_UNIT_FORM));
        mvc.perform(post("/admin/enheter/ny").param("parent", Long.toString(clinic.id()))
            .with(user(AdminFixtures.administrator())).with(csrf())
            .param("parentId", Long.toString(clinic.id()))
            .param("code", "MKK")
            .param("name", "Medisinsk kontor")
            .param("kind", "SEKSJON"))
            .andExpect(status().is3xxRedirection());
        assertThat(directory.children(clinic.id())).extracting(unit -> unit.code()).containsExactly("MKK");
    }

    @Test
    void refusesADuplicateCodeBesideTheField() throws Exception {
        AdminFixtures.unit(units, clinic, "MKK");
        mvc.perform(post("/admin/enheter/ny").param("parent", Long.toString(clinic.id()))
            .with(user(AdminFixtures.administrator())).with(csrf())
            .param("parentId", Long.toString(root.id()))
            .param("code", "MKK")
            .param("name", "Enda et kontor")
            .param("kind", "SEKSJON"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("newUnitForm", "code", "unit.error.codeTaken"))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Koden MKK er allerede i bruk.")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-describedby=\"code-hint code-error\"")));
    }

    @Test
    void editsAUnit() throws Exception {
        mvc.perform(get("/admin/enheter/{id}", clinic.id()).with(user(AdminFixtures.administrator())))
            .andExpect(status().isOk())
            .andExpect(view().name(UnitAdminController.UNIT_PAGE));
        mvc.perform(post("/admin/enheter/{id}", clinic.id()).with(user(AdminFixtures.administrator())).with(csrf())
            .param("code", "KLIN2")
            .param("name", "Klinikk for alt")
            .param("kind", "KLINIKK")
            .param("version", Integer.toString(clinic.version())))
            .andExpect(redirectedUrl("/admin/enheter/" + clinic.id()));
        var unit = directory.unit(clinic.id());
        assertThat(unit.code()).isEqualTo("KLIN2");
        assertThat(unit.kind()).isEqualTo(UnitKind.KLINIKK);
    }

    @Test
    void showsTheNewestDataWhenSomeoneElseChangedTheUnit() throws Exception {
        units.updateUnit(clinic.id(), clinic.version(), "KLIN", "Navn fra en annen", UnitKind.KLINIKK);
        mvc.perform(post("/admin/enheter/{id}", clinic.id()).with(user(AdminFixtures.administrator())).with(csrf())
            .param("code", "KLIN")
            .param("name", "Mitt navn")
            .param("kind", "KLINIKK")
            .param("version", Integer.toString(clinic.version())))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasErrors("unitForm"))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Noen andre har endret dette")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Navn fra en annen")));
        assertThat(directory.unit(clinic.id()).name()).isEqualTo("Navn fra en annen");
    }

    @Test
    void movesAUnitWithEverythingBelowIt() throws Exception {
        Unit section = AdminFixtures.unit(units, clinic, "SEK");
        Unit office = AdminFixtures.unit(units, section, "KONTOR");
        Unit otherClinic = AdminFixtures.unit(units, root, "KLIN-B");
        mvc.perform(post("/admin/enheter/{id}/flytt", section.id()).with(user(AdminFixtures.administrator()))
            .with(csrf())
            .param("parentId", Long.toString(otherClinic.id()))
            .param("version", Integer.toString(section.version())))
            .andExpect(redirectedUrl("/admin/enheter/" + section.id()));
        assertThat(directory.unit(section.id()).parentId()).isEqualTo(otherClinic.id());
        assertThat(directory.unit(office.id()).path()).startsWith(directory.unit(otherClinic.id()).path());
    }

    @Test
    void refusesToMoveAUnitIntoItself() throws Exception {
        Unit section = AdminFixtures.unit(units, clinic, "SEK");
        mvc.perform(post("/admin/enheter/{id}/flytt", clinic.id()).with(user(AdminFixtures.administrator()))
            .with(csrf())
            .param("parentId", Long.toString(section.id()))
            .param("version", Integer.toString(clinic.version())))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("moveForm", "parentId", "unit.error.moveIntoItself"))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("En enhet kan ikke flyttes inn under seg selv.")));
        assertThat(directory.unit(clinic.id()).parentId()).isEqualTo(root.id());
    }

    @Test
    void endsAndReopensAUnit() throws Exception {
        Unit section = AdminFixtures.unit(units, clinic, "SEK");
        mvc.perform(post("/admin/enheter/{id}/avslutt", section.id()).with(user(AdminFixtures.administrator()))
            .with(csrf())
            .param("endDate", "2030-01-01")
            .param("version", Integer.toString(section.version())))
            .andExpect(redirectedUrl("/admin/enheter/" + section.id()));
        var ended = directory.unit(section.id());
        assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2030, 1, 1));
        mvc.perform(post("/admin/enheter/{id}/gjenapne", section.id()).with(user(AdminFixtures.administrator()))
            .with(csrf())
            .param("version", Integer.toString(ended.version())))
            .andExpect(redirectedUrl("/admin/enheter/" + section.id()));
        assertThat(directory.unit(section.id()).endedOn()).isNull();
    }

    @Test
    void refusesToEndAUnitWithActivePeople() throws Exception {
        Unit section = AdminFixtures.unit(units, clinic, "SEK");
        for (int i = 1; i <= 3; i++) {
            AdminFixtures.person(people, section, "E" + i);
        }
        mvc.perform(post("/admin/enheter/{id}/avslutt", section.id()).with(user(AdminFixtures.administrator()))
            .with(csrf())
            .param("endDate", "2030-01-01")
            .param("version", Integer.toString(section.version())))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("endForm", "endDate", "unit.error.activePeople"))
            .andExpect(content().string(org.hamcrest.Matchers.containsString(
                    "Enheten har 3 aktive ansatte og kan ikke avsluttes før de er flyttet eller har sluttet.")));
        assertThat(directory.unit(section.id()).endedOn()).isNull();
    }

    @Test
    void answersNorwegian404ForAnUnknownUnit() throws Exception {
        mvc.perform(get("/admin/enheter/{id}", 987_654_321L).with(user(AdminFixtures.administrator())))
            .andExpect(status().isNotFound());
    }

}
